import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'restify';

/** Where `scripts/fetch-webchat.mjs` puts the Web Chat bundle. */
export const DEFAULT_BUNDLE_PATH = fileURLToPath(new URL('../../vendor/webchat/webchat.js', import.meta.url));

interface Loaded {
  body: Buffer;
  gzip: Buffer;
  /** a short content hash: the page asks for /webchat.js?v=<version>, so a new bundle is never a stale cache hit */
  version: string;
}

/**
 * Serves the vendored Web Chat bundle from memory, gzipped for phones on slow connections (3.9 MB
 * becomes about 1 MB), with a long cache. Loads the file once, on first need.
 */
export class WebChatBundle {
  private loaded: Loaded | undefined;

  constructor(private readonly path: string = DEFAULT_BUNDLE_PATH) {}

  /** The version query for the script URL, or undefined when the bundle is missing. */
  version(): string | undefined {
    return this.load()?.version;
  }

  /** True when the file is there. */
  available(): boolean {
    return this.load() !== undefined;
  }

  /** Answers GET /webchat.js. */
  serve(req: Request, res: Response): void {
    const loaded = this.load();
    if (!loaded) {
      res.header('Content-Type', 'text/plain; charset=utf-8');
      res.header('Cache-Control', 'no-store');
      res.sendRaw(503, 'The Web Chat bundle is missing. Run: node scripts/fetch-webchat.mjs');
      return;
    }
    const etag = `"${loaded.version}"`;
    res.header('Content-Type', 'text/javascript; charset=utf-8');
    res.header('Cache-Control', 'public, max-age=31536000, immutable');
    res.header('ETag', etag);
    res.header('Vary', 'Accept-Encoding');
    res.header('X-Content-Type-Options', 'nosniff');
    if (req.headers['if-none-match'] === etag) {
      res.sendRaw(304, '');
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) res.header('Content-Encoding', 'gzip');
    res.sendRaw(200, gzip ? loaded.gzip : loaded.body);
  }

  private load(): Loaded | undefined {
    if (this.loaded) return this.loaded;
    if (!existsSync(this.path)) return undefined;
    const body = readFileSync(this.path);
    this.loaded = {
      body,
      gzip: gzipSync(body, { level: 9 }),
      version: createHash('sha256').update(body).digest('hex').slice(0, 12),
    };
    return this.loaded;
  }
}
