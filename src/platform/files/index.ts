export {
  checkImage,
  IMAGE_TYPES,
  type ImageCheck,
  type ImageInfo,
  type ImageKind,
  type ImageRefusal,
  type ImageRules,
} from './image';
export { createDiskFileStore, parseFileKey, type FileStore, type StoredImage } from './store';
export { FILES_PATH, fileUrl, filesModule, storedFileHeaders } from './files.module';
export {
  checkDocument,
  DOCUMENT_KINDS,
  DOCUMENT_TYPES,
  sniffDocument,
  type DocumentCheck,
  type DocumentKind,
  type DocumentRefusal,
} from './documents';
