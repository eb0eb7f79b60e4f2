export { respell } from './respell';
export {
  TextIndex,
  type Condition,
  type SearchDocument,
  type SearchRequest,
  type SearchResult,
} from './text-index';
