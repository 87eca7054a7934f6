// The connection to a node, the accounts that sign, and the transactions they send.
//
// Accounts come from a browser wallet extension when one is present (polkadot{.js}, Talisman and
// SubWallet inject the same interface) and, on a development chain, from the well-known dev keys.
// Keys never leave the browser or the extension; nothing is sent anywhere but the node.

import type { ApiPromise, SubmittableResult } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { Signer } from '@polkadot/types/types';

import { connect, errorOf } from '@healthchain/client';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { errorWords } from './words';

declare const __HC_WS__: string;

/** The node: `?ws=` in the address, else what the app was built for (HC_WS, default the dev chain). */
export const NODE_URL = new URLSearchParams(window.location.search).get('ws') ?? __HC_WS__;

export interface Account {
  address: string;
  name: string;
  source: 'dev' | string;
  /** A dev key pair signs itself; an extension's account signs through its `signer`. */
  pair?: ReturnType<Keyring['addFromUri']>;
  signer?: Signer;
}

const DEV_NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie', 'Grace'];

export async function openChain(): Promise<ApiPromise> {
  await cryptoWaitReady();
  return connect(NODE_URL);
}

/** The dev accounts on a development chain (none elsewhere), then the extension's accounts. */
export async function loadAccounts(api: ApiPromise): Promise<Account[]> {
  const accounts: Account[] = [];
  const chain = (await api.rpc.system.chainType()).toString();
  if (chain === 'Development' || chain === 'Local') {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 ?? 42 });
    for (const name of DEV_NAMES) {
      const pair = keyring.addFromUri(`//${name}`);
      accounts.push({ address: pair.address, name: `${name} (dev)`, source: 'dev', pair });
    }
  }
  try {
    const { web3Enable, web3Accounts, web3FromSource } = await import('@polkadot/extension-dapp');
    const extensions = await web3Enable('HealthChain');
    if (extensions.length > 0) {
      for (const injected of await web3Accounts()) {
        const { signer } = await web3FromSource(injected.meta.source);
        accounts.push({ address: injected.address, name: injected.meta.name ?? injected.address, source: injected.meta.source, signer });
      }
    }
  } catch {
    // no extension: the dev accounts only
  }
  return accounts;
}

/** Where a transaction is: the steps the app shows while it goes. */
export type TxStage = 'signing' | 'sent' | 'inBlock' | 'finalized' | 'failed';

export interface TxState {
  stage: TxStage;
  /** The block it is in, once in one. */
  block?: string;
  /** The chain's refusal in plain words (with its typed path), or why it was not sent. */
  error?: string;
}

/** Signs and sends `tx` as `account`, reporting each stage; resolves at finality. */
export function send(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>, account: Account, report: (state: TxState) => void): Promise<TxState> {
  return new Promise((resolve) => {
    report({ stage: 'signing' });
    const finish = (state: TxState) => { report(state); resolve(state); };
    let unsubscribe: (() => void) | null = null;
    const onStatus = (result: SubmittableResult) => {
      const { status } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        finish({ stage: 'failed', error: `the network did not take the transaction (${status.type})` });
        unsubscribe?.();
        return;
      }
      const refused = errorOf(api, result);
      if (status.isInBlock) {
        const block = status.asInBlock.toHex();
        if (refused) {
          finish({ stage: 'failed', block, error: errorWords(refused.path, refused.text) });
          unsubscribe?.();
        } else {
          report({ stage: 'inBlock', block });
        }
      } else if (status.isFinalized) {
        finish({ stage: 'finalized', block: status.asFinalized.toHex() });
        unsubscribe?.();
      } else {
        report({ stage: 'sent' });
      }
    };
    const signed = account.pair
      ? tx.signAndSend(account.pair, onStatus)
      : tx.signAndSend(account.address, { signer: account.signer }, onStatus);
    signed.then((u) => { unsubscribe = u; }, (e: Error) => finish({ stage: 'failed', error: e.message }));
  });
}
