-- Trigram similarity for typo-tolerant name search (directory). PGlite loads it as an extension
-- object given to PGlite.create; PostgreSQL needs the contrib package (Debian: postgresql-contrib,
-- included in the postgresql package).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
