// The Prometheus scrape endpoint of a node: a plain HTTP/1.1 server on
// `metrics.listener` that answers GET (and HEAD) /metrics with the text
// exposition format, 405 for other methods on /metrics, and 404 for every
// other path. It reads nothing from the request but its method and path, and
// does no work between scrapes. Adapter code (node:http), started and stopped
// by src/server/server.ts.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../env/logger.js';

export interface MetricsSource {
  /** The Content-Type of `scrape()`'s body. */
  readonly contentType: string;
  scrape(): Promise<string>;
}

export interface MetricsServerOptions {
  readonly host: string;
  /** 0 picks a free port (see `port` on the result). */
  readonly port: number;
  readonly source: MetricsSource;
  readonly logger: Logger;
}

export interface MetricsServer {
  /** The port actually bound. */
  readonly port: number;
  /** Stops accepting, drops idle keep-alive connections, and resolves once the server is closed. */
  close(): Promise<void>;
}

export const metricsPath = '/metrics';

export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const { source, logger } = options;
  const server = createServer((request, response) => {
    void handle(request, response, source, logger);
  });
  // A scraper that opens a connection and never sends a request must not hold the server open forever.
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => logger.error({ err: error }, 'metrics server error'));
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  return {
    port,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, source: MetricsSource, logger: Logger): Promise<void> {
  const path = (request.url ?? '/').split('?')[0];
  if (path !== metricsPath) return plain(response, 404, 'not found: metrics are at /metrics\n');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return plain(response, 405, 'method not allowed\n');
  }
  let body: string;
  try {
    body = await source.scrape();
  } catch (error) {
    logger.warn({ err: error }, 'metrics scrape failed');
    return plain(response, 500, 'scrape failed\n');
  }
  response.writeHead(200, { 'Content-Type': source.contentType, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}
