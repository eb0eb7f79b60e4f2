// Camera scanning on the door's page (ui/check-in-page.tsx), a progressive enhancement: where the
// browser can open a camera, a button shows the picture and every QR code read is checked in
// through the page's own form (the part chosen goes with it), without leaving the page, so the
// camera stays on between people. The browser's BarcodeDetector reads the codes where it exists
// (Chrome on Android); elsewhere jsQR does, on a frame at most 640 px wide. The page's answer —
// "checked in", "already checked in at 09:12 by …", a refusal — is read out in the status line,
// and the counts are read again from the whole page at most every 10 s (the short answer to a
// code does not carry them). Without a camera or this script the typed code and the name search
// do the same. Bundled by scripts/build-client.mjs into public/build/check-in-scanner.js.
import jsQR from 'jsqr';

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** A code read again within this time is the same person still in front of the camera. */
const SAME_CODE_MS = 4000;
const FRAME_MS = 150;
const MAX_WIDTH = 640;

type Reader = (video: HTMLVideoElement) => Promise<string | undefined>;

async function qrReader(): Promise<Reader> {
  const native = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (native && (await native.getSupportedFormats()).includes('qr_code')) {
    const detector = new native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue;
  }
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  return async (video) => {
    const scale = Math.min(1, MAX_WIDTH / (video.videoWidth || MAX_WIDTH));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    if (!canvas.width || !canvas.height) return undefined;
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data;
  };
}

const COUNTS = 'section[aria-labelledby="door-counts"]';
/** The counts are read again at most this often while scanning: they are the door's costly part. */
const COUNTS_MS = 10_000;
let countsReadAt = 0;

/** The whole door page's counts for the part chosen, in place of the ones shown. */
async function refreshCounts(form: HTMLFormElement) {
  const current = document.querySelector(COUNTS);
  if (!current || Date.now() - countsReadAt < COUNTS_MS) return;
  countsReadAt = Date.now();
  const url = new URL(form.action);
  url.searchParams.set('session', String(new FormData(form).get('session') ?? ''));
  const res = await fetch(url, { credentials: 'same-origin' });
  const page = new DOMParser().parseFromString(await res.text(), 'text/html');
  const counts = page.querySelector(COUNTS);
  if (counts) current.replaceWith(document.importNode(counts, true));
}

/** Posts the door's form with the code read; the short answer goes to the status line. */
async function checkIn(form: HTMLFormElement, code: string, status: HTMLElement) {
  const data = new FormData(form);
  data.set('code', code);
  const res = await fetch(form.action, {
    method: 'POST',
    body: new URLSearchParams(data as unknown as Record<string, string>),
    credentials: 'same-origin',
  });
  const page = new DOMParser().parseFromString(await res.text(), 'text/html');
  const answer = page.querySelector('main [role="alert"], main [role="status"]:not(:empty)');
  status.textContent = answer?.textContent ?? String(res.status);
  void refreshCounts(form).catch(() => undefined);
}

function startScanner(root: HTMLElement) {
  const toggle = root.querySelector<HTMLButtonElement>('#door-camera-toggle')!;
  const video = root.querySelector<HTMLVideoElement>('#door-camera-video')!;
  const status = root.querySelector<HTMLElement>('#door-camera-status')!;
  const form = document.querySelector<HTMLFormElement>('#door-code-form')!;
  let stream: MediaStream | undefined;
  let last = { code: '', at: 0 };

  const stop = () => {
    stream?.getTracks().forEach((track) => track.stop());
    stream = undefined;
    video.hidden = true;
    toggle.textContent = root.dataset.start ?? '';
  };

  const scan = async (read: Reader) => {
    if (!stream) return;
    const code = await read(video).catch(() => undefined);
    const now = Date.now();
    if (code && !(code === last.code && now - last.at < SAME_CODE_MS)) {
      last = { code, at: now };
      status.textContent = (root.dataset.sending ?? '').replace('{code}', code);
      await checkIn(form, code, status).catch(() => {
        status.textContent = root.dataset.denied ?? '';
      });
    }
    setTimeout(() => void scan(read), FRAME_MS);
  };

  toggle.addEventListener('click', async () => {
    if (stream) return stop();
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
      video.srcObject = stream;
      video.hidden = false;
      await video.play();
      toggle.textContent = root.dataset.stop ?? '';
      void scan(await qrReader());
    } catch {
      stop();
      status.textContent = root.dataset.denied ?? '';
    }
  });
}

const root = document.getElementById('door-camera');
// No camera API outside a secure context (http other than localhost): the page stays as it is.
if (root && (navigator as Partial<Navigator>).mediaDevices?.getUserMedia !== undefined) {
  root.hidden = false;
  startScanner(root);
}
