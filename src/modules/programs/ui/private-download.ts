// Private files are answered the platform's one way (platform/http/download).
export { contentDisposition, privateDownload } from '../../../platform/http/download';
