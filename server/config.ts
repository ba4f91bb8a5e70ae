import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; without it the embedded database is used */
  databaseUrl?: string;
  /** where the embedded database keeps its files */
  dataDir: string;
  /** the built SPA */
  staticDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not '${env.PORT}'`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? 'data/pglite'),
    staticDir: path.resolve(env.STATIC_DIR ?? 'dist'),
  };
}
