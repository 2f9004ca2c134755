import { withFact } from '../../outcome.js';
import { defineCheck } from '../../types.js';

/** The webcam check has no thresholds. */
export type WebcamParams = Record<string, never>;
type Params = WebcamParams;

/**
 * Lampiran C.4.b.2.a(9) "Memiliki webcam". A laptop's built-in camera counts. Windows lists
 * cameras as PnP devices of class Camera/Image (USB lists never show them); Linux as
 * video4linux capture devices. No camera found by a probe that ran is a failure; a probe that
 * could not run gives unknown.
 */
export const webcam = defineCheck<Params>({
  id: 'webcam',
  logic: 1,
  clauses: { client: { section: 'C.4.b.2.a', items: [9], level: 'rekomendasi' } },
  title: { id: 'Webcam', en: 'Webcam' },
  failTitle: { id: 'Tidak ada webcam', en: 'No webcam' },
  fix: {
    id: 'Colokkan webcam USB dan pastikan drivernya terpasang (muncul di Device Manager / /dev/video*).',
    en: 'Plug in a USB webcam and make sure its driver is installed (shown in Device Manager / /dev/video*).',
  },
  facts: ['webcams'],
  params: { client: {} },
  evaluate(facts) {
    const expected = '≥ 1';
    return withFact(facts.webcams, expected, (cams) =>
      cams.length > 0
        ? { status: 'pass', measured: `${cams.length}: ${cams.join(', ')}`, expected }
        : {
            status: 'fail',
            measured: '0',
            expected,
            reason: { id: 'Tidak ada kamera yang dikenali sistem.', en: 'The system recognises no camera.' },
          },
    );
  },
});
