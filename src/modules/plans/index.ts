export { plansModule } from './manifest';
export {
  numberOutgoingDocument,
  type OutgoingDocument,
  type RegisteredDocument,
} from './services/document-register';
export { documentSymbol, DOCUMENT_TYPES, type DocumentType } from './domain/document-symbol';
