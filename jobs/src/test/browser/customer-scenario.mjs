// The finance console's customer view in a real browser (issue 21). Debian's Chromium, headless, driven by
// playwright-core; CustomerBrowserIT runs the two month-ends of examples/support-2026, starts the console on
// them and runs this script, which also runs by hand against any console holding those two runs:
//
//   CONSOLE_URL=http://127.0.0.1:8080 FINANCE=alice FINANCE_PASSWORD=... VIEWER=vera VIEWER_PASSWORD=... \
//   SCREENSHOTS=/tmp/shots node customer-scenario.mjs
//
// Each step prints a line when it passes; a failure prints the step, the page's address and the start of its
// text, saves failure-<step>.png into SCREENSHOTS and exits 1.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const ACTION_TIMEOUT_MS = 30_000;
const SCENARIO_TIMEOUT_MS = 2 * 60_000;

// Zeeland Ferries B.V. (CU-7): SUP-Z-01 … SUP-Z2-01 decided in run 1, SUP-Z-05 and SUP-Z-06 in run 2.
const NAME_PART = 'zeeland';
const CUSTOMER = 'CU-7';
const DECIDED = { 1: 'SUP-Z-01', 2: 'SUP-Z-06' };
const REFUSED = 'You need the FINANCE role';

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`customer-scenario: the environment variable ${name} is not set`);
    process.exit(2);
  }
  return value;
}

const consoleUrl = required('CONSOLE_URL').replace(/\/+$/, '');
const finance = { name: required('FINANCE'), password: required('FINANCE_PASSWORD') };
const viewer = { name: required('VIEWER'), password: required('VIEWER_PASSWORD') };
const screenshots = path.resolve(required('SCREENSHOTS'));
mkdirSync(screenshots, { recursive: true });

class StepFailure extends Error {}

let currentStep = 'launching Chromium';
let currentPage = null;

function fail(message) {
  throw new StepFailure(message);
}

function step(name) {
  currentStep = name;
  console.log(`---- ${name}`);
}

function passed(line) {
  console.log(`PASS ${currentStep.replace(/:.*/, '')}: ${line}`);
}

async function until(what, check) {
  const deadline = Date.now() + ACTION_TIMEOUT_MS;
  let lastError = null;
  for (;;) {
    try {
      const value = await check();
      if (value) {
        return value;
      }
    } catch (e) {
      if (e instanceof StepFailure) {
        throw e;
      }
      lastError = e;
    }
    if (Date.now() > deadline) {
      fail(`${what}` + (lastError ? `; last error: ${lastError.message.split('\n')[0]}` : ''));
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function newUserPage(browser, user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`     (${user.name}'s page raised: ${error.message})`));
  currentPage = page;
  return page;
}

async function signIn(page, user) {
  await page.goto(`${consoleUrl}/sign-in`);
  await page.fill('input[name=username]', user.name);
  await page.fill('input[name=password]', user.password);
  await page.click('button[type=submit]');
  await until(`${user.name} is taken to /runs after signing in`, () => new URL(page.url()).pathname === '/runs');
}

async function scenario(browser) {
  step('step 1: a viewer who opens the start form gets the console\'s refusal, not a form');
  const viewerPage = await newUserPage(browser, viewer);
  await signIn(viewerPage, viewer);
  if ((await viewerPage.locator('a#start-run').count()) > 0) {
    fail('the runs list offers a viewer a#start-run');
  }
  const response = await viewerPage.goto(`${consoleUrl}/runs/new`);
  if (response.status() !== 403) {
    fail(`/runs/new answered a viewer ${response.status()}, not 403`);
  }
  const refusal = (await viewerPage.locator('#refused').textContent() || '').replace(/\s+/g, ' ').trim();
  if (!refusal.includes(REFUSED)) {
    fail(`the refusal says "${refusal}", not "${REFUSED}"`);
  }
  if ((await viewerPage.locator('form#start').count()) > 0 || (await viewerPage.locator('header').count()) === 0) {
    fail('the refusal is not the console\'s page without the form');
  }
  passed(`403, "${refusal}", in the console's layout, no form#start`);

  step(`step 2: ${finance.name} finds the customer by "${NAME_PART}" and opens their page`);
  const page = await newUserPage(browser, finance);
  await signIn(page, finance);
  await page.fill('form#find-customer input[name=q]', NAME_PART);
  await page.click('form#find-customer button#find-customer-button');
  await until(`the search lists ${CUSTOMER}`, async () => (await page.locator(`tr[data-customer="${CUSTOMER}"]`).count()) > 0);
  const listed = await page.locator('tr[data-customer]').evaluateAll((rows) => rows.map((row) => row.dataset.customer));
  if (listed.length !== 1) {
    fail(`"${NAME_PART}" lists ${JSON.stringify(listed)}, not ${CUSTOMER} alone`);
  }
  await page.click(`tr[data-customer="${CUSTOMER}"] a.customer`);
  await until(`the customer's link leads to /customers/${CUSTOMER}`, () => new URL(page.url()).pathname === `/customers/${CUSTOMER}`);
  const name = (await page.locator('#customer-name').textContent() || '').trim();
  passed(`"${NAME_PART}" found ${CUSTOMER}, ${name}`);

  step('step 3: their page shows their decisions of both runs, each linked to its decision');
  for (const [run, claim] of Object.entries(DECIDED)) {
    const row = page.locator(`#customer-decisions tr[data-claim="${claim}"][data-run="${run}"]`);
    if ((await row.count()) !== 1) {
      fail(`no row of ${claim} in run ${run} in #customer-decisions`);
    }
    const href = await row.locator('a.claim').getAttribute('href');
    if (href !== `/runs/${run}/decisions/${claim}`) {
      fail(`${claim}'s link is ${href}`);
    }
  }
  const runs = await page.locator('#customer-decisions tr[data-run]').evaluateAll((rows) => [...new Set(rows.map((row) => row.dataset.run))]);
  const statements = await page.locator('#customer-statements a.statement').count();
  const totals = (await page.locator('#customer-totals').textContent() || '').replace(/\s+/g, ' ').trim();
  if (statements !== 2) {
    fail(`${statements} statements linked, not one of each run`);
  }
  await page.screenshot({ path: path.join(screenshots, 'console-customer.png'), fullPage: true });
  passed(`decisions of runs ${runs.join(' and ')}, two statements; "${totals}"`);

  step('step 4: the customer\'s decisions download as CSV');
  const csvHref = new URL(await page.locator('a#decisions-csv').getAttribute('href'), page.url()).toString();
  const download = await page.context().request.get(csvHref);
  const type = download.headers()['content-type'] || '';
  if (!download.ok() || !type.startsWith('text/csv')) {
    fail(`GET ${csvHref} answered ${download.status()} ${type}`);
  }
  const lines = (await download.text()).trim().split('\r\n');
  if (!lines[0].startsWith('run_id,claim_id,') || !lines.some((l) => l.startsWith('1,SUP-Z-01,')) || !lines.some((l) => l.startsWith('2,SUP-Z-06,'))) {
    fail(`the CSV does not hold both runs' decisions: ${lines.slice(0, 4).join(' | ')}`);
  }
  passed(`${csvHref}: ${lines.length - 1} decisions, ${type}`);
  console.log('All four steps of the customer scenario passed');
}

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`FAIL ${currentStep}: the scenario did not finish within ${SCENARIO_TIMEOUT_MS / 60_000} minutes`);
    process.exit(1);
  }, SCENARIO_TIMEOUT_MS);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  console.log(`Chromium ${browser.version()} (${CHROMIUM}), headless, against ${consoleUrl}`);
  try {
    await scenario(browser);
  } catch (error) {
    const message = error instanceof StepFailure ? error.message : (error.stack || String(error));
    console.error(`FAIL ${currentStep}: ${message}`);
    if (currentPage) {
      try {
        console.error(`     page: ${currentPage.url()}`);
        const body = ((await currentPage.locator('body').textContent({ timeout: 5_000 })) || '').replace(/\s+/g, ' ').trim();
        console.error(`     its text: ${body.slice(0, 600)}`);
        const file = path.join(screenshots, `failure-customer-${currentStep.replace(/:.*/, '').replace(/\W+/g, '-')}.png`);
        await currentPage.screenshot({ path: file, fullPage: true, timeout: 10_000 });
        console.error(`     screenshot ${file}`);
      } catch (ignored) {
        // the failure itself is what matters
      }
    }
    process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`FAIL ${currentStep}: ${error.stack || error}`);
  process.exit(1);
});
