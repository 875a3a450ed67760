import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'dataExport.title': "Company's data",
  'dataExport.lead':
    'Download all of the company’s data as one archive: every table as JSON and CSV (opens in Excel) and every file. Such an archive can be loaded into a new, empty company — here or on another dot server.',
  'dataExport.download': 'Download the archive',
  'dataExport.importTitle': 'Load an archive',
  'dataExport.importHint':
    'Only into an empty company, with no requests, clients, bookings or other data yet. You take the former owner’s place; the other people come back without a login — invite them again. Roles, request types and the site description are replaced by the archive’s.',
  'dataExport.importFile': 'Archive file (.zip)',
  'dataExport.importButton': 'Load',
  'dataExport.importing': 'Loading the archive…',
  'dataExport.importConfirm': 'Load “{file}” into the company “{company}”? This cannot be undone.',
  'dataExport.imported': 'Done: {rows} records and {files} files moved. Reload the page to see them.',
  'dataExport.offline': 'No connection to the server. The archive can be downloaded and loaded only online.',
  'dataExport.e.tooLarge': 'The archive is larger than {limit} MB and cannot be accepted. The server’s administrator sets the limit (DOT_IMPORT_MAX_MB).',
  'dataExport.e.notZip': 'This is not a dot export. Choose the zip file downloaded with “Download the archive”.',
  'dataExport.e.noManifest': 'The archive has no manifest.json: it is not a dot export, or it is damaged.',
  'dataExport.e.version': 'The archive is in format version {version}; this server reads version {supported}.',
  'dataExport.e.newer': 'The archive was made by a newer dot (migration {migration} is not here yet). Update the server and try again.',
  'dataExport.e.tableMissing': 'The archive has no {file}, though manifest.json names it: the archive is incomplete.',
  'dataExport.e.tableBroken': 'The archive’s {file} does not read as a list of records: the archive is damaged or was changed.',
  'dataExport.e.rowCount': 'The archive’s {file} holds {actual} records where manifest.json promises {expected}: it was changed or is damaged.',
  'dataExport.e.unknownTable': 'The archive holds a table “{table}” this server does not have. Update the server and try again.',
  'dataExport.e.unknownColumn': 'The archive’s table “{table}” has a field “{column}” this server does not have.',
  'dataExport.e.fileMissing': 'The archive has no {path}, though manifest.json names it: the archive is incomplete.',
  'dataExport.e.fileHash': 'The archive’s {path} is damaged: its checksum does not match manifest.json.',
  'dataExport.e.badRow': 'A record of the table “{table}” does not fit: {detail}. Nothing was saved.',
  'dataExport.e.notEmpty':
    'An archive can be loaded only into an empty company, and this one has data already: “{table}” — {count}. Sign up a new company and load the archive there.',
  'dataExport.e.members': 'The company has other people already ({count}). An archive can be loaded only into a new company where you are the only member.',
} satisfies Catalog<typeof ru>;
