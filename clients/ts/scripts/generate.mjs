// Regenerates the package's types from the runtime's metadata and the RPC definitions:
//   - src/interfaces/healthchain/types.ts: the RPC result types (from definitions.json),
//   - src/interfaces/augment-*.ts, lookup.ts, types-lookup.ts: every call, event, error,
//     storage item, constant and runtime API of the runtime (@polkadot/api augmentation),
//   - src/interfaces/generated-from.json: the BLAKE2b-256 of the metadata it read.
// The metadata is gateway/metadata/healthchain.scale, which a runtime test keeps equal to the
// runtime's V16 metadata. Run: npm run generate (after HC_BLESS=1 cargo test -p healthchain-runtime).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const metadataFile = path.resolve(root, '../../gateway/metadata/healthchain.scale');
const metadata = fs.readFileSync(metadataFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'healthchain-typegen-'));
const endpoint = path.join(tmp, 'metadata.json');
fs.writeFileSync(endpoint, JSON.stringify({ result: u8aToHex(metadata) }));
const relative = path.relative(root, endpoint);

const typegen = (script, args) => execFileSync(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'node_modules/@polkadot/typegen/scripts', script), ...args],
  { cwd: root, stdio: 'inherit' },
);
const pkg = '@healthchain/client/interfaces';
typegen('polkadot-types-from-defs.mjs', ['--package', pkg, '--input', './src/interfaces', '--endpoint', relative]);
typegen('polkadot-types-from-chain.mjs', ['--package', pkg, '--output', './src/interfaces', '--endpoint', relative, '--strict']);
fs.rmSync(tmp, { recursive: true });

// typegen 16.5.6 flattens a newtype to its inner type (`CategorySet(u32)` is a u32) and names the
// runtime's call `Call`, yet its runtime-API augmentation refers to both by their lookup names,
// which it never declares: declare them there, as what they are.
const runtimeApis = path.join(root, 'src/interfaces/augment-api-runtime.ts');
const aliases = {
  HealthchainPrimitivesConsentCategorySet: ['u32', null],
  HealthchainRuntimeRuntimeCall: ['Call', "import type { Call } from '@polkadot/types/interfaces/runtime';"],
};
let augmented = fs.readFileSync(runtimeApis, 'utf8');
const added = [];
for (const [name, [type, importLine]] of Object.entries(aliases)) {
  if (new RegExp(`\\b${name}\\b`).test(augmented) && !augmented.includes(`type ${name} =`)) {
    added.push(`${importLine ? `${importLine}\n` : ''}type ${name} = ${type};`);
  }
}
if (added.length) {
  augmented = augmented.replace("import type { IExtrinsic, Observable } from '@polkadot/types/types';\n",
    (line) => `${line}\n// Declared by scripts/generate.mjs (typegen refers to them without declaring them).\n${added.join('\n')}\n`);
  fs.writeFileSync(runtimeApis, augmented);
}

const stamp = { metadataBlake2_256: blake2AsHex(metadata, 256) };
fs.writeFileSync(path.join(root, 'src/interfaces/generated-from.json'), JSON.stringify(stamp, null, 2) + '\n');
console.log(`generated from ${path.relative(process.cwd(), metadataFile)} (${stamp.metadataBlake2_256})`);
