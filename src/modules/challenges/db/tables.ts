// The challenges' tables, in two files: problems, challenges, questions, agreements and pilots;
// and the S&T tasks ordered from challenges (đặt hàng) with their steps.
export * from './challenge-tables';
export * from './task-order-tables';
