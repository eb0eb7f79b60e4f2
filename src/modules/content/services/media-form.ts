// The library's upload form as posted, read into uploadToMediaLibrary's input.
import { formFiles, formString, type FormBody } from '../../../platform/input/form-values';
import type { MediaUploadInput } from './media-upload';

export async function readMediaUpload(body: FormBody): Promise<MediaUploadInput> {
  // An empty file chosen is read too: it gets its own message, not "choose a file".
  const chosen = formFiles(body, 'file')[0];
  return {
    file: chosen && {
      name: chosen.name.normalize('NFC'),
      bytes: new Uint8Array(await chosen.arrayBuffer()),
    },
    pending: formString(body, 'pending') || undefined,
    pendingName: formString(body, 'pendingName'),
    altVi: formString(body, 'altVi'),
    altEn: formString(body, 'altEn'),
  };
}
