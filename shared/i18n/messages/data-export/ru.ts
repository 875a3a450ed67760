import type {Message} from '../../define.ts';

// A company's own data (issue 19): the Settings section that downloads the export and imports one into an empty
// company, and the import's refusals — each names what is wrong with the archive or the company.
export const ru = {
  'dataExport.title': 'Данные компании',
  'dataExport.lead':
    'Скачайте все данные компании одним архивом: каждая таблица в JSON и CSV (открывается в Excel) и все файлы. Такой архив можно загрузить в новую пустую компанию — здесь или на другом сервере dot.',
  'dataExport.download': 'Скачать архив',
  'dataExport.importTitle': 'Загрузить архив',
  'dataExport.importHint':
    'Только в пустую компанию, где ещё нет заявок, клиентов, записей и других данных. Вы займёте место прежнего владельца; остальные сотрудники вернутся без входа — пригласите их заново. Роли, типы заявок и описание сайта заменятся данными из архива.',
  'dataExport.importFile': 'Файл архива (.zip)',
  'dataExport.importButton': 'Загрузить',
  'dataExport.importing': 'Загружаем архив…',
  'dataExport.importConfirm': 'Загрузить «{file}» в компанию «{company}»? Это нельзя отменить.',
  'dataExport.imported': 'Готово: перенесено записей — {rows}, файлов — {files}. Обновите страницу, чтобы увидеть данные.',
  'dataExport.offline': 'Нет связи с сервером. Скачать и загрузить архив можно только онлайн.',
  'dataExport.e.tooLarge': 'Архив больше {limit} МБ — такой не принимается. Предел задаёт администратор сервера (DOT_IMPORT_MAX_MB).',
  'dataExport.e.notZip': 'Это не архив экспорта dot. Выберите zip-файл, скачанный кнопкой «Скачать архив».',
  'dataExport.e.noManifest': 'В архиве нет описания manifest.json — это не экспорт dot или архив повреждён.',
  'dataExport.e.version': 'Архив сделан в формате версии {version}, а этот сервер понимает версию {supported}.',
  'dataExport.e.newer': 'Архив сделан более новой версией dot (миграции {migration} здесь ещё нет). Обновите сервер и повторите.',
  'dataExport.e.tableMissing': 'В архиве нет файла {file}, хотя manifest.json его называет: архив неполный.',
  'dataExport.e.tableBroken': 'Файл {file} в архиве не читается как список записей: архив повреждён или изменён.',
  'dataExport.e.rowCount': 'В файле {file} записей {actual}, а manifest.json обещает {expected}: архив изменён или повреждён.',
  'dataExport.e.unknownTable': 'В архиве есть таблица «{table}», которой на этом сервере нет. Обновите сервер и повторите.',
  'dataExport.e.unknownColumn': 'В таблице «{table}» архива есть поле «{column}», которого на этом сервере нет.',
  'dataExport.e.fileMissing': 'В архиве нет файла {path}, хотя manifest.json его называет: архив неполный.',
  'dataExport.e.fileHash': 'Файл {path} в архиве повреждён: его контрольная сумма не совпадает с manifest.json.',
  'dataExport.e.badRow': 'Запись таблицы «{table}» не подходит: {detail}. Ничего не сохранено.',
  'dataExport.e.notEmpty':
    'Загрузить архив можно только в пустую компанию, а в этой уже есть данные: «{table}» — {count}. Зарегистрируйте новую компанию и загрузите архив в неё.',
  'dataExport.e.members': 'В компании уже есть другие сотрудники ({count}). Загрузить архив можно только в новую компанию, где вы единственный участник.',
} satisfies Record<string, Message>;
