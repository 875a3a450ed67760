// Executors from spreadsheets a real program wrote: .xlsx files saved by
// LibreOffice Calc (scripts/make-fixtures.sh) and a CSV as Excel in Kazakhstan
// saves it (semicolons, Windows-1251). Files are read on the device; the import
// is one write — every ticked row or none.
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from './fixtures.ts';
import {ExecutorsImportPage} from './page-models/executors-import-page.ts';

const fixture = (name: string) => path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', name);

test('a clean .xlsx from LibreOffice imports every executor at once', async ({page, owner}) => {
  const im = new ExecutorsImportPage(page);
  await im.open();
  await im.pick(fixture('executors-clean.xlsx'));
  await expect(im.summary()).toHaveText('Строк в файле: 5. Отмечено для импорта: 5. С ошибками: 0.');
  await expect(im.row(3)).toContainText('Сәтбаева Әйгерім');
  await expect(im.row(3)).toContainText('Бухгалтер');
  await page.screenshot({path: test.info().outputPath('executors-clean.png'), fullPage: true});
  await im.importAll(5);
  await expect(page.getByRole('status').filter({hasText: 'Добавлено 5 исполнителей'})).toBeVisible();

  const members = await im.members();
  for (const name of ['Ахметов Дамир Серикович', 'Сәтбаева Әйгерім', 'Ким Виктор Андреевич', 'Нурланова Асель Маратовна', 'Жумабаев Ерлан']) {
    await expect(members.locator('li', {hasText: name})).toContainText('без входа в приложение');
  }
  await expect(members.locator('li', {hasText: 'Ким Виктор Андреевич'})).toContainText('Сантехник');
  // Read again: everyone is already in the team, so nothing is ticked.
  await im.open();
  await im.pick(fixture('executors-clean.xlsx'));
  await expect(im.summary()).toHaveText('Строк в файле: 5. Отмечено для импорта: 0. С ошибками: 0.');
  await expect(im.row(2)).toContainText('Уже есть в команде: Ахметов Дамир Серикович');
});

test('a file with errors: bad rows are explained and left out, the user unticks one more, the rest lands', async ({page, owner}) => {
  const im = new ExecutorsImportPage(page);
  await im.open();
  await im.pick(fixture('executors-errors.xlsx'));
  await expect(im.summary()).toHaveText('Строк в файле: 7. Отмечено для импорта: 3. С ошибками: 3.');
  // Every problem in plain words, on its line of the file (the blank line 7 is skipped).
  await expect(im.row(3)).toContainText('Не будет импортирована: Фамилия: Заполните это поле');
  await expect(im.row(4)).toContainText('Повторяет строку 2');
  await expect(im.row(5)).toContainText('Должность: Заполните это поле');
  await expect(im.row(6)).toContainText('Телефон: Укажите номер телефона');
  await expect(im.row(7)).toHaveCount(0);
  for (const line of [3, 5, 6]) {
    await expect(im.tick(line)).toBeDisabled();
    await expect(im.tick(line)).not.toBeChecked();
  }
  await expect(im.tick(4)).not.toBeChecked();
  await expect(im.row(2)).toContainText('+7 701 234 56 78');
  await page.screenshot({path: test.info().outputPath('executors-errors.png'), fullPage: true});

  await im.tick(9).uncheck();
  await expect(im.summary()).toContainText('Отмечено для импорта: 2.');
  await im.importAll(2);
  await expect(page.getByRole('status').filter({hasText: 'Добавлено 2 исполнителя'})).toBeVisible();

  const members = await im.members();
  await expect(members.locator('li', {hasText: 'Оспанов Бауыржан Ерланович'})).toHaveCount(1);
  await expect(members.locator('li', {hasText: 'Тлеубаева Мадина Кайратовна'})).toContainText('Юрист');
  for (const left of ['Гульнар', 'Серикова', 'Петров', 'Ганиев']) await expect(members).not.toContainText(left);
});

test('a semicolon CSV in Windows-1251, as Excel saves it, imports too', async ({page, owner}) => {
  const im = new ExecutorsImportPage(page);
  await im.open();
  await im.pick(fixture('executors-excel.csv'));
  await expect(im.summary()).toHaveText('Строк в файле: 3. Отмечено для импорта: 3. С ошибками: 0.');
  await expect(im.row(2)).toContainText('Ержанов Талгат Болатович');
  await expect(im.row(2)).toContainText('+7 701 555 44 33');
  await im.importAll(3);
  const members = await im.members();
  await expect(members.locator('li', {hasText: 'Смирнова Ольга Петровна'})).toContainText('Маляр');
});

test('a file that is not a spreadsheet is refused in words, and nothing is imported', async ({page, owner}) => {
  const im = new ExecutorsImportPage(page);
  await im.open();
  await page
    .getByLabel('Файл со списком исполнителей')
    .setInputFiles({name: 'photo.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 broken zip')});
  await expect(page.getByRole('alert')).toHaveText('Не удалось прочитать файл: нужен .xlsx или .csv');
  await page
    .getByLabel('Файл со списком исполнителей')
    .setInputFiles({name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('Имя,Телефон\nАсель,+77011234567\n')});
  await expect(page.getByRole('alert')).toHaveText('В файле нет колонок: Фамилия, Должность. В первой строке должны быть заголовки.');
  await expect(page.getByRole('button', {name: /^Импортировать/})).toHaveCount(0);
});
