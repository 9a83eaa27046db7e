/*
 * The chat page: keeps the browser's resident id, opens Direct Line (local or through the token endpoint), renders
 * Web Chat, reconnects by itself after a server restart, turns phone numbers into tap-to-call links, and adds a
 * "read aloud" button to each bot message, a text-size control and a large view of the spider-web picture.
 * Plain ES5 without a build step; every text comes from the page's config (prompts/<locale>/page.json).
 */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var status = document.getElementById('chat-status');
  var root = document.getElementById('webchat');
  var RESIDENT_KEY = 'spinnenweb.resident';
  var TEXT_SIZE_KEY = 'spinnenweb.textSize';
  var TEXT_SIZES = [100, 112.5, 125, 137.5, 150];
  if (!window.WebChat) {
    status.textContent = config.connectError;
    return;
  }

  function stored(key) {
    try { return window.localStorage.getItem(key) || undefined; } catch (e) { return undefined; }
  }
  function store(key, value) {
    try { if (value === undefined) window.localStorage.removeItem(key); else window.localStorage.setItem(key, String(value)); } catch (e) { /* private mode: the id lasts this visit */ }
  }
  function say(text) {
    status.textContent = text;
  }

  /* ---------- connecting ---------- */

  var session; // { domain, conversationId, token, userId, directLine }
  var started = {};
  var reconnecting = false;

  function postJson(url, body, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    });
  }

  /** A new conversation for this browser's resident (the kept id, or a new one the server makes). */
  function open() {
    var kept = stored(RESIDENT_KEY);
    if (config.local) {
      var domain = window.location.origin + '/v3/directline';
      var start = {};
      for (var k in config.start) start[k] = config.start[k];
      if (kept) start.userId = kept;
      return postJson(domain + '/conversations', start).then(function (opened) {
        return connect({ domain: domain, conversationId: opened.conversationId, token: opened.token, userId: opened.userId });
      });
    }
    return postJson('/api/directline/token', kept ? { userId: kept } : {}).then(function (given) {
      return connect({ domain: config.domain, conversationId: given.conversationId, token: given.token, userId: given.userId });
    });
  }

  function connect(next, watermark) {
    store(RESIDENT_KEY, next.userId);
    var options = { domain: next.domain, token: next.token, conversationId: next.conversationId, webSocket: false };
    if (watermark) options.watermark = watermark;
    if (session && session.directLine) {
      try { session.directLine.end(); } catch (e) { /* already ended */ }
    }
    next.directLine = window.WebChat.createDirectLine(options);
    session = next;
    render();
    return next;
  }

  /** After a restart: the same conversation again when the server can open it, else a new one for the same resident. */
  function reconnect(delay) {
    if (!session || !config.local) return;
    say(config.texts.reconnecting);
    var url = session.domain + '/conversations/' + encodeURIComponent(session.conversationId);
    fetch(url, { headers: { Authorization: 'Bearer ' + session.token } })
      .then(function (res) {
        if (res.ok) return connect(session, session.directLine && session.directLine.watermark);
        if (res.status === 403 || res.status === 404) return open();
        throw new Error('HTTP ' + res.status);
      })
      .then(function () {
        reconnecting = false;
        say(config.texts.reconnected);
      })
      .catch(function () {
        window.setTimeout(function () { reconnect(Math.min(delay * 2, 30000)); }, delay);
      });
  }

  function lost() {
    if (reconnecting || !config.local) return;
    reconnecting = true;
    window.setTimeout(function () { reconnect(2000); }, 1000);
  }

  // Direct Line's polling stops for good after a failed request; notice that, and reconnect ourselves.
  var originalOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (method === 'GET' && typeof url === 'string' && url.indexOf('/activities?watermark=') !== -1) {
      this.addEventListener('loadend', function () {
        if (this.status === 0 || this.status === 404 || this.status >= 500) lost();
      });
    }
    return originalOpen.apply(this, arguments);
  };

  /* ---------- what passes through Web Chat ---------- */

  // A Dutch phone number (0..., +31...: 8 to 11 digits, so 0800-0113 too) or 112/113 on its own, not inside a
  // web address or a longer number. Each digit is matched once: linear time.
  var PHONE = /(^|[^\w/.@[-])((?:\+31[ -]?|0)\d(?:[ -]?\d){6,9}|11[23])(?![\w-]|\.\w)/g;

  /** The number as a tel: address: digits only, 0... as +31... so it works from abroad too. */
  function telAddress(number) {
    var digits = number.replace(/[^\d+]/g, '');
    return digits.charAt(0) === '0' ? '+31' + digits.slice(1) : digits;
  }

  function withPhoneLinks(text) {
    return text.replace(PHONE, function (_all, before, number) {
      return before + '[' + number + '](tel:' + telAddress(number) + ')';
    });
  }

  var webChatStore = window.WebChat.createStore({}, function (api) {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && session && !started[session.conversationId]) {
          // Tell the bot where the resident came from, once per conversation.
          started[session.conversationId] = true;
          api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'start', value: config.start } });
        }
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') lost();
        if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
          var activity = action.payload && action.payload.activity;
          if (activity && activity.type === 'event' && activity.name === config.forgetEvent) store(RESIDENT_KEY, undefined);
          if (activity && activity.type === 'message' && activity.from && activity.from.role === 'bot' && typeof activity.text === 'string' && activity.textFormat !== 'plain') {
            activity.text = withPhoneLinks(activity.text);
          }
        }
        return next(action);
      };
    };
  });

  function render() {
    var props = {
      directLine: session.directLine,
      store: webChatStore,
      locale: config.webChatLocale,
      styleOptions: config.styleOptions,
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: config.placeholder }
    };
    if (session.userId) props.userID = session.userId;
    window.WebChat.renderWebChat(props, root);
  }

  /* ---------- read aloud, the picture large, text size ---------- */

  var speaking;

  function readAloud(button, text) {
    var synth = window.speechSynthesis;
    var wasMine = speaking === button;
    synth.cancel();
    if (speaking) speaking.textContent = config.texts.readAloud;
    speaking = undefined;
    if (wasMine) return;
    var utterance = new window.SpeechSynthesisUtterance(text);
    utterance.lang = config.speechLang;
    var voices = synth.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang && voices[i].lang.replace('_', '-').indexOf(config.speechLang) === 0 && voices[i].localService) { utterance.voice = voices[i]; break; }
    }
    utterance.onend = utterance.onerror = function () {
      if (speaking === button) { button.textContent = config.texts.readAloud; speaking = undefined; }
    };
    speaking = button;
    button.textContent = config.texts.stopReading;
    synth.speak(utterance);
  }

  var viewer = document.getElementById('picture-viewer');
  var viewerImage = viewer && viewer.querySelector('img');

  function showLarge(image) {
    if (!viewer || typeof viewer.showModal !== 'function') { window.open(image.src, '_blank', 'noopener'); return; }
    viewerImage.src = image.src;
    viewerImage.alt = image.alt;
    viewer.showModal();
  }
  if (viewer) {
    viewer.querySelector('button').addEventListener('click', function () { viewer.close(); });
    viewer.addEventListener('click', function (event) { if (event.target === viewer) viewer.close(); });
  }

  function tools(activity) {
    var bar = document.createElement('div');
    bar.className = 'message-tools';
    var content = activity.querySelector('.webchat__stacked-layout__content') || activity;
    var text = '';
    var bubbles = content.querySelectorAll('.webchat__bubble__content');
    for (var i = 0; i < bubbles.length; i++) text += ' ' + bubbles[i].innerText;
    text = text.trim();
    if (text && window.speechSynthesis && window.SpeechSynthesisUtterance) {
      var read = document.createElement('button');
      read.type = 'button';
      read.className = 'read-aloud';
      read.textContent = config.texts.readAloud;
      read.addEventListener('click', function () { readAloud(read, text); });
      bar.appendChild(read);
    }
    var picture = content.querySelector('img[src*="/web/"]');
    if (picture) {
      picture.classList.add('enlargeable');
      picture.addEventListener('click', function () { showLarge(picture); });
      var large = document.createElement('button');
      large.type = 'button';
      large.className = 'enlarge';
      large.textContent = config.texts.enlargePicture;
      large.addEventListener('click', function () { showLarge(picture); });
      bar.appendChild(large);
    }
    if (bar.childNodes.length > 0) content.appendChild(bar);
    return bar.childNodes.length > 0;
  }

  function decorate() {
    var activities = root.querySelectorAll('.webchat__stacked-layout:not(.webchat__stacked-layout--from-user)');
    for (var i = 0; i < activities.length; i++) {
      var activity = activities[i];
      if (activity.querySelector('.message-tools')) continue;
      // Wait until a picture has its source, so its button comes with it.
      if (activity.querySelector('.webchat__bubble__content')) tools(activity);
    }
  }
  new MutationObserver(function () { window.requestAnimationFrame(decorate); }).observe(root, { childList: true, subtree: true });

  var sizeControl = document.getElementById('text-size');
  function applyTextSize(index) {
    var i = Math.max(0, Math.min(TEXT_SIZES.length - 1, index));
    document.documentElement.style.setProperty('--text-scale', String(TEXT_SIZES[i] / 100));
    store(TEXT_SIZE_KEY, i);
    if (sizeControl) {
      sizeControl.querySelector('[data-step="-1"]').disabled = i === 0;
      sizeControl.querySelector('[data-step="1"]').disabled = i === TEXT_SIZES.length - 1;
      sizeControl.querySelector('output').textContent = TEXT_SIZES[i] + '%';
    }
    return i;
  }
  var textSize = applyTextSize(Number(stored(TEXT_SIZE_KEY) || 0) || 0);
  if (sizeControl) {
    sizeControl.hidden = false;
    sizeControl.addEventListener('click', function (event) {
      var button = event.target && event.target.closest ? event.target.closest('button') : null;
      var step = button && button.getAttribute('data-step');
      if (step) textSize = applyTextSize(textSize + Number(step));
    });
  }

  /* ---------- start ---------- */

  open()
    .then(function () { say(''); })
    .catch(function () { say(config.connectError); });
})();
