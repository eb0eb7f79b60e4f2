// The challenges' tables, in three files: problems, challenges, questions, agreements and pilots;
// the files and corrections of published challenges; and the S&T tasks ordered from challenges
// (đặt hàng) with their steps.
export * from './challenge-tables';
export * from './task-order-tables';
export * from './challenge-record-tables';
