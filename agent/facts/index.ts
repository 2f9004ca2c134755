import type { Facts } from '../../checklists/facts.js';
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

/** Pure normalisation: a snapshot (any machine, any time) -> the facts the checks judge. */
export function factsOf(snapshot: Snapshot): Facts {
  const laptop = laptopFact(snapshot);
  const isLaptop = laptop.ok ? laptop.value : null;
  const virtualization = virtualizationFacts(snapshot);
  const vm = virtualization.ok && virtualization.value.virtual;
  return {
    platform: snapshot.platform,
    cpu: cpuFacts(snapshot),
    memory: memoryFacts(snapshot),
    os: osFacts(snapshot),
    disks: diskFacts(snapshot),
    nics: nicFacts(snapshot),
    displays: displayFacts(snapshot, isLaptop),
    laptop,
    webcams: webcamFacts(snapshot),
    pointing: inputFacts(snapshot, isLaptop, 'mouse', vm),
    keyboards: inputFacts(snapshot, isLaptop, 'keyboard', vm),
    browsers: browserFacts(snapshot),
    ups: upsFacts(snapshot),
    virtualization,
    network: networkFacts(snapshot),
  };
}
