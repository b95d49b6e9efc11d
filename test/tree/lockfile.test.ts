// What `npm ci` installs must install on a machine with Node and npm only: no package in the default install may
// run an install script (the lockfile records them as hasInstallScript), so none can build native code or download
// a binary. Two came in through the test tools and are kept out in package.json: jest is held at 30.4 (jest-haste-map
// 30.5 added @parcel/watcher, a native module with an install script), and custom-functions-metadata's xregexp is
// overridden to 4.1.1 (later versions bring @babel/runtime-corejs3 and core-js-pure's postinstall).
import * as fs from 'fs';
import * as path from 'path';

interface LockedPackage {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  hasInstallScript?: boolean;
}

const ROOT = path.resolve(__dirname, '..', '..');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
const installed = Object.entries(lock.packages).filter(([key]) => key !== '');

describe('the dependency tree', () => {
  it('has no install script in the default install', () => {
    const withScripts = installed.filter(([, p]) => p.hasInstallScript && !p.optional).map(([key]) => key);
    expect(withScripts).toEqual([]);
  });

  it('leaves out the Office sideloading tools and their native keychain module (npm start runs them through npx)', () => {
    const names = new Set(installed.map(([key]) => nameOf(key)));
    for (const name of ['office-addin-debugging', 'office-addin-dev-settings', 'keytar', '@microsoft/m365agentstoolkit-cli', '@microsoft/office-js']) {
      expect(names.has(name)).toBe(false);
    }
    expect(manifest.scripts.start).toMatch(/^npx --yes office-addin-debugging@\d+ start manifest\.xml$/);
    expect(manifest.scripts.stop).toMatch(/^npx --yes office-addin-debugging@\d+ stop manifest\.xml$/);
  });

  it('provides what a dependency requires without declaring it', () => {
    // @microsoft/app-manifest (under office-addin-manifest) requires fs-extra but does not list it; it used to come
    // hoisted from office-addin-debugging. Without it the manifest tests cannot load office-addin-manifest.
    expect(manifest.devDependencies['fs-extra']).toBeDefined();
    expect(lock.packages['node_modules/fs-extra']?.version).toMatch(/^11\./);
  });

  it('locks every dependency package.json names', () => {
    for (const name of [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]) {
      expect(lock.packages[`node_modules/${name}`]?.version).toBeDefined();
    }
  });
});
