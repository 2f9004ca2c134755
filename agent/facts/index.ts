import { unknownFact, type Facts, type Known } from '../../checklists/facts.js';
import type { Snapshot } from '../../protocol/snapshot.js';
import { cpuFacts } from './cpu.js';
import { inputFacts, laptopFact, webcamFacts } from './devices.js';
import { diskFacts } from './disks.js';
import { displayFacts } from './displays.js';
import { memoryFacts } from './memory.js';
import { networkFacts } from './network.js';
import { nicFacts } from './nics.js';
import { osFacts } from './os.js';
import { browserFacts, upsFacts } from './software.js';
import { virtualizationFacts } from './virtual.js';

/** One fact, or unknown if reading it threw: a surprise in the data never stops the audit. */
function guard<T>(read: () => Known<T>): Known<T> {
  try {
    return read();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return unknownFact({
      id: `Data di snapshot tidak terbaca (${detail}).`,
      en: `The data in the snapshot could not be read (${detail}).`,
    });
  }
}

/** Pure normalisation: a snapshot (any machine, any time) -> the facts the checks judge. */
export function factsOf(snapshot: Snapshot): Facts {
  const laptop = guard(() => laptopFact(snapshot));
  const isLaptop = laptop.ok ? laptop.value : null;
  const virtualization = guard(() => virtualizationFacts(snapshot));
  const vm = virtualization.ok && virtualization.value.virtual;
  let network: Facts['network'];
  try {
    network = networkFacts(snapshot);
  } catch {
    network = null;
  }
  return {
    platform: snapshot.platform,
    cpu: guard(() => cpuFacts(snapshot)),
    memory: guard(() => memoryFacts(snapshot)),
    os: guard(() => osFacts(snapshot)),
    disks: guard(() => diskFacts(snapshot)),
    nics: guard(() => nicFacts(snapshot)),
    displays: guard(() => displayFacts(snapshot, isLaptop)),
    laptop,
    webcams: guard(() => webcamFacts(snapshot)),
    pointing: guard(() => inputFacts(snapshot, isLaptop, 'mouse', vm)),
    keyboards: guard(() => inputFacts(snapshot, isLaptop, 'keyboard', vm)),
    browsers: guard(() => browserFacts(snapshot)),
    ups: guard(() => upsFacts(snapshot)),
    virtualization,
    network,
  };
}
