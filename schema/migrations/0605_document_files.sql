-- 0605: a file is looked up by the document versions that carry it on every
-- file read (sync-server/files/routes.ts: a version's file goes only to whoever
-- sees its document), so that lookup is indexed.
create index document_version_file_idx on document_version (file_id);
