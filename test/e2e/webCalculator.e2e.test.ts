/**
 * Issue 13, the calculator pages of the web page (dist-web/ opened from file://): one page per JL function, listed
 * from the functions' definitions; fields filled as a clerk types them; the result equal to what the add-in's own
 * registered custom function returns in Excel for the same call; the explanation; a wrong field named; no request
 * leaving the page; axe-core and no sideways scrolling at 375 px.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FUNCTIONS } from '../../src/functions/calls';
import { callCell, loadRegisteredFunctions } from '../build/registeredFunctions';
import type { Registry } from '../build/registeredFunctions';
import { chromiumAvailable, describeInBrowser } from '../support/chromium';
import { axeSeriousViolations, launchChromium, screenshot } from './previewHarness';
import { WEB_URL } from './webHarness';

jest.setTimeout(300_000);

let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

async function open(hash: string, width = 1440, locale = 'zh-CN'): Promise<void> {
  await context?.close();
  context = await browser.newContext({ viewport: { width, height: 900 }, locale });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${WEB_URL}${hash}`);
  await page.locator('[data-testid=calculator]').waitFor();
}

/** Types each field as a clerk would, presses 计算 and waits for the result or the error. */
async function calculateOnPage(fields: Readonly<Record<string, string>>): Promise<void> {
  for (const [name, typed] of Object.entries(fields)) await page.fill(`[data-testid=calc-arg-${name}]`, typed);
  await page.click('[data-testid=calc-submit]');
  await page.locator('[data-testid=calc-value], [data-testid=calc-error]').first().waitFor();
}

const valueShown = () => page.locator('[data-testid=calc-value]').innerText();

beforeAll(async () => {
  if (chromiumAvailable()) browser = await launchChromium();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describeInBrowser('the calculator pages of the web page, opened from disk', () => {
  let registry: Registry;
  beforeAll(() => {
    // The add-in's production functions.js as Excel loads it (the browser project's global setup builds it).
    registry = loadRegisteredFunctions();
  });

  it('lists one page per JL function at #/calc', async () => {
    await open('#/calc');
    const links = await page.locator('[data-testid=calc-index] a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual(Object.keys(FUNCTIONS).map((name) => [`JL.${name}`, `#/calc/${name}`]));
    await page.click('[data-testid=calc-link-TRAVEL_SUBSIDY]');
    await page.locator('[data-testid=calc-page-TRAVEL_SUBSIDY]').waitFor();
    expect(await page.locator('[data-testid=calculator] label').allInnerTexts()).toEqual(['往返票价', '合同月数', '是否跨省（可选）', '交通方式（可选）']);
    // The browser's back button returns to the list.
    await page.goBack();
    await page.locator('[data-testid=calc-index]').waitFor();
  });

  it('computes JL.EMPLOY_SUBSIDY as the registered custom function does, with the explanation', async () => {
    await open('#/calc/EMPLOY_SUBSIDY');
    await calculateOnPage({ hire_date: '2022年3月1日', months_worked: '4', monthly_wage: '2000', county_or_min_wage: '汪清县' });
    // MEASURES.md, measure 7: hired after 2020-01-01, 4 months at 2,000 yuan ≥ 汪清县's 1,540: 1,600 yuan.
    expect(await valueShown()).toBe('1600');
    // 2022-03-01 is serial 44621: what the cell holding 2022年3月1日 hands the function.
    expect(callCell(registry, 'EMPLOY_SUBSIDY', 44621, 4, 2000, '汪清县')).toEqual({ value: 1600 });
    expect(await page.locator('[data-testid=calc-formula]').innerText()).toBe('=JL.EMPLOY_SUBSIDY(DATE(2022,3,1),4,2000,"汪清县")');
    expect(await page.locator('[data-testid=calc-conclusion]').innerText()).toBe('符合第七条条件，应发 1,600.00 元。');
    // A screen reader hears the value and its sentence (a status region), not the whole explanation.
    expect(await page.locator('[data-testid=calc-status]').textContent()).toBe('1600：符合第七条条件，应发 1,600.00 元。');
    const explanation = await page.locator('[data-testid=calc-explanation]').innerText();
    expect(explanation).toContain('第七条');
    expect(explanation).toContain('1,540');
    expect(await axeSeriousViolations(page)).toEqual([]);
    await screenshot(page, 'web-1440-zh-calculator.png');

    // Below the minimum wage: nothing, and the cell says so too.
    await calculateOnPage({ monthly_wage: '1500' });
    expect(await valueShown()).toBe('0');
    expect(callCell(registry, 'EMPLOY_SUBSIDY', 44621, 4, 1500, '汪清县')).toEqual({ value: 0 });
  });

  it.each([
    ['TRAVEL_SUBSIDY', { round_trip_fare: '2000', contract_months: '6' }, [2000, 6], '1600'],
    ['WELFARE_POST_SUBSIDY', { months: '2', months_already_paid: '2' }, [2, 2], '1000'],
    ['UNSALABLE_REWARD', { purchase_amount: '123456.78' }, [123456.78], '12345.67'],
    ['LOAN_DUE', { due_date: '2022-01-31', extension_months: '6' }, [44592, 6], '44773'],
    ['ID_CHECK', { id: '11010519491231002X' }, ['11010519491231002X'], 'TRUE'],
  ])('computes JL.%s as the registered function does', async (name, fields, cellArgs, shown) => {
    await open(`#/calc/${name}`);
    await calculateOnPage(fields);
    expect(await valueShown()).toBe(shown);
    const cell = callCell(registry, name, ...cellArgs) as { value: unknown };
    expect(String(cell.value).toUpperCase()).toBe(shown);
  });

  it('names the field at fault, as the cell’s #VALUE! does, and puts the cursor there', async () => {
    await open('#/calc/EMPLOY_SUBSIDY');
    await calculateOnPage({ hire_date: '', months_worked: '4', monthly_wage: '2000', county_or_min_wage: '汪清县' });
    const error = await page.locator('[data-testid=calc-error]').innerText();
    expect(error).toContain('#VALUE!');
    expect(error).toContain('请修改“入职日期”：日期为空');
    const cell = callCell(registry, 'EMPLOY_SUBSIDY', null, 4, 2000, '汪清县') as { error: { code: string; message: string } };
    expect(cell.error.code).toBe('#VALUE!');
    expect(error).toContain(cell.error.message);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('calc-arg-hire_date');
    expect(await page.locator('[data-testid=calc-status]').textContent()).toBe(cell.error.message);
    expect(await page.getAttribute('[data-testid=calc-arg-hire_date]', 'aria-invalid')).toBe('true');
  });

  it('fits a phone’s 375 px without sideways scrolling, in English too, with no serious axe violation', async () => {
    await open('#/calc/MIN_WAGE', 375);
    await calculateOnPage({ county: '汪清县', date: '2022-03-01' });
    // minimum-wage.md: 汪清县 is tier 4 of the 2021 standard, 1,540 yuan.
    expect(await valueShown()).toBe('1540');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeSeriousViolations(page)).toEqual([]);
    await screenshot(page, 'web-375-zh-calculator.png');

    await page.click('[data-testid=language]');
    await page.locator('label', { hasText: 'county' }).first().waitFor();
    expect(await page.locator('[data-testid=calc-conclusion]').innerText()).toMatch(/^JL\.MIN_WAGE = 1,540\.00 yuan/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeSeriousViolations(page)).toEqual([]);
    await screenshot(page, 'web-375-en-calculator.png');
  });

  it('asked for nothing but its own files', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  });
});
