/** The app's version, from package.json (what a brief records as having made it). */
import fs from 'node:fs';

export const APP_VERSION: string = (
  JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
