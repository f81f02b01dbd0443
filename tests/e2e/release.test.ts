/**
 * Release zips: `wxt zip` for Chrome and for Firefox, built into a temporary folder so that
 * `.output/` stays as the other end-to-end tests use it. Each zip must contain a manifest with
 * the package version, the four icons it names, and (Firefox only) the add-on id.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { zip } from 'wxt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ICON_SIZES = ['16', '32', '48', '128'];

interface Manifest {
  manifest_version: number;
  version: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  browser_specific_settings?: { gecko?: { id?: string } };
}

/** Reads every stored or deflated file of a zip archive through its central directory. */
function readZip(archive: Buffer): Map<string, Buffer> {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('Not a zip archive: no end of central directory record.');
  const entryCount = archive.readUInt16LE(endAt + 10);
  let offset = archive.readUInt32LE(endAt + 16);
  const files = new Map<string, Buffer>();
  for (let entry = 0; entry < entryCount; entry++) {
    const method = archive.readUInt16LE(offset + 10);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const localAt = archive.readUInt32LE(offset + 42);
    const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28);
    const data = archive.subarray(dataAt, dataAt + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: unsupported zip compression method ${method}.`);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function manifestOf(files: Map<string, Buffer>): Manifest {
  const bytes = files.get('manifest.json');
  if (!bytes) throw new Error(`The zip has no manifest.json; it has ${[...files.keys()].join(', ')}.`);
  return JSON.parse(bytes.toString('utf8')) as Manifest;
}

const packageVersion = (JSON.parse(await readFile('package.json', 'utf8')) as { version: string }).version;

describe.each(['chrome', 'firefox'] as const)('release zip for %s', (browser) => {
  let outDir = '';
  let zipName = '';
  let files = new Map<string, Buffer>();

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), `fta-release-${browser}-`));
    const zips = await zip({ browser, outDir });
    const extensionZip = zips.find((path) => path.endsWith(`-${browser}.zip`));
    if (!extensionZip) throw new Error(`wxt zip produced no ${browser} zip; it produced ${zips.join(', ')}.`);
    zipName = basename(extensionZip);
    files = readZip(await readFile(extensionZip));
  });

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('names the zip with the version', () => {
    expect(zipName).toContain(`-${packageVersion}-`);
  });

  it('has a manifest with the version', () => {
    const manifest = manifestOf(files);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(packageVersion);
  });

  it('lists and contains every icon', () => {
    const manifest = manifestOf(files);
    for (const size of ICON_SIZES) {
      const path = manifest.icons?.[size];
      expect(path, `icons.${size}`).toBeDefined();
      expect(manifest.action?.default_icon?.[size], `action.default_icon.${size}`).toBe(`/${path}`);
      const png = files.get(path ?? '');
      expect(png, `${path} in the zip`).toBeDefined();
      expect(png?.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png?.readUInt32BE(16), `${path} width`).toBe(Number(size));
    }
  });

  it('sets the add-on id for Firefox only', () => {
    const gecko = manifestOf(files).browser_specific_settings?.gecko;
    if (browser === 'firefox') expect(gecko?.id).toMatch(/@/);
    else expect(gecko).toBeUndefined();
  });
});
