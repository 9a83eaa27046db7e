import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response } from 'restify';
import { PROJECT_ROOT } from '../paths.js';

/** Where `scripts/fetch-webchat.mjs` puts the Web Chat bundle. */
export const DEFAULT_BUNDLE_PATH = join(PROJECT_ROOT, 'vendor/webchat/webchat.js');

const gzipAsync = promisify(gzip);

interface Loaded {
  body: Buffer;
  /** a short content hash: the page asks for /webchat.js?v=<version>, so a new bundle is never a stale cache hit */
  version: string;
}

/**
 * Serves the vendored Web Chat bundle from memory, gzipped for phones on slow connections (3.9 MB
 * becomes about 1 MB), with a long cache. Nothing happens at start-up: the file is read on first need and
 * compressed in zlib's thread pool (about 450 ms of CPU), so start-up and running turns never wait for it.
 */
export class WebChatBundle {
  private loaded: Loaded | undefined;
  private gzipped: Promise<Buffer> | undefined;

  constructor(private readonly path: string = DEFAULT_BUNDLE_PATH) {}

  /** The version query for the script URL, or undefined when the bundle is missing. */
  version(): string | undefined {
    return this.load()?.version;
  }

  /** True when the file is there. */
  available(): boolean {
    return this.loaded !== undefined || existsSync(this.path);
  }

  /** Reads and compresses the bundle ahead of the first request (call after listen); rejects when gzip fails. */
  async prepare(): Promise<void> {
    const loaded = this.load();
    if (loaded) await this.compressed(loaded);
  }

  /** Answers GET /webchat.js. */
  async serve(req: Request, res: Response): Promise<void> {
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
    const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    // A failed compression is not the visitor's problem: they get the same file uncompressed.
    const body = wantsGzip ? await this.compressed(loaded).catch(() => undefined) : undefined;
    if (body) res.header('Content-Encoding', 'gzip');
    res.sendRaw(200, body ?? loaded.body);
  }

  private load(): Loaded | undefined {
    if (this.loaded) return this.loaded;
    if (!existsSync(this.path)) return undefined;
    const body = readFileSync(this.path);
    this.loaded = { body, version: createHash('sha256').update(body).digest('hex').slice(0, 12) };
    return this.loaded;
  }

  /** The gzipped bundle, compressed once; a failure is forgotten so the next request tries again. */
  private compressed(loaded: Loaded): Promise<Buffer> {
    this.gzipped ??= gzipAsync(loaded.body, { level: 9 }).catch((error: unknown) => {
      this.gzipped = undefined;
      throw error;
    });
    return this.gzipped;
  }
}
