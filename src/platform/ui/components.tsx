// The web kit's pieces live in their own files (field, text-controls, choice-controls,
// error-summary, notice, pager, data-table, filter-form, action-button). This re-export stays
// only for directory/ui/import-job-page.tsx, which another change holds; it goes once that
// page imports notice.tsx.
export { Notice } from './notice';
