// The programmes module's tables, one file per part (drizzle-kit reads them through this one).
export * from './programme-tables';
export * from './application-tables';
export * from './review-tables';
export * from './project-tables';
export * from './voting-tables';
