import { ORIGIN } from './origin.ts';
import { expect, test } from './appTest.ts';

test('a malformed link keeps the design and says what was wrong and what to do', async ({ app, page }) => {
  // Opened on its own: the usual design opens, and the message says why the link's did not.
  await page.goto('/#d=1XZDNasMwEIRfxei8FO3qx');
  const problem = page.getByRole('dialog', { name: 'This link could not be opened' });
  await expect(problem.getByRole('alert')).toHaveText(
    /^The link is damaged or incomplete: character 22 is not part of a link\. Ask its author to copy it again, or open the design from a file\.Your current design is unchanged\.$/,
  );
  await problem.getByRole('button', { name: 'OK' }).click();
  await expect(problem).toHaveCount(0);
  await expect(app.banner).toContainText('Virtualized rack');
  await expect(app.servers()).toHaveCount(8);
  // Said once: the address forgets the bad link, so a reload does not repeat it.
  await expect(page).toHaveURL(`${ORIGIN}/`);

  // Given to a page with work open: the work stays as it was.
  await app.server('Idle', 's8').click();
  await page.keyboard.press('Delete');
  await expect(app.servers()).toHaveCount(7);
  await page.evaluate(() => { location.hash = '#d=1abc$%^'; });
  await expect(problem.getByRole('alert')).toContainText('The link is damaged or incomplete: character 5 is not part of a link.');
  await problem.getByRole('button', { name: 'OK' }).click();
  await expect(app.servers()).toHaveCount(7);
  await expect(app.banner).toContainText('Virtualized rack');
});
