// Screenshots to look at: the test's output folder, and a stable folder when
// SCREENSHOTS_DIR is set (name-phone.png, name-desktop.png).
import fs from 'node:fs';
import path from 'node:path';
import {test, type Page} from '@playwright/test';

export async function shoot(page: Page, name: string): Promise<void> {
  const file = `${name}-${test.info().project.name}.png`;
  await page.screenshot({path: test.info().outputPath(file), fullPage: true});
  if (process.env.SCREENSHOTS_DIR) {
    fs.mkdirSync(process.env.SCREENSHOTS_DIR, {recursive: true});
    await page.screenshot({path: path.join(process.env.SCREENSHOTS_DIR, file), fullPage: true});
  }
}
