// Issue 21's delivery by email, in the console (ConsoleDeliveryBrowserIT starts a console whose runs
// send through the test's SMTP server, GreenMail, and runs this script): alice starts a real run of the
// October 2026 example, watches it complete, and its run page says how many statements were sent by
// email. The IT then checks the server: one email per customer, each with its PDF.
//
//   CONSOLE_URL=http://127.0.0.1:8080 FINANCE_A=alice FINANCE_A_PASSWORD=... SCREENSHOTS=/tmp/shots \
//   node console-delivery-scenario.mjs
//
// Prints "EMAILED <n>" (the run page's count) and "STATEMENTS <n>" (the statement files the run page
// lists) for the IT to compare with what the server received. Any failure prints the step and exits 1.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const RUN_TIMEOUT_MS = 120_000;
const ACTION_TIMEOUT_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 60_000;
const SCENARIO_TIMEOUT_MS = 4 * 60_000;
const FINAL_STATES = ['COMPLETED', 'FAILED', 'HELD', 'REFUSED'];
const AS_OF = '2026-11-05';

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`console-delivery-scenario: the environment variable ${name} is not set`);
    process.exit(2);
  }
  return value;
}

const consoleUrl = required('CONSOLE_URL').replace(/\/+$/, '');
const alice = { name: required('FINANCE_A'), password: required('FINANCE_A_PASSWORD') };
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

async function until(what, check, timeoutMs = ACTION_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
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
      fail(`${what} (waited ${Math.round(timeoutMs / 1000)} s)` + (lastError ? `; last error: ${lastError.message.split('\n')[0]}` : ''));
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function text(page, selector) {
  const locator = page.locator(selector).first();
  return (await locator.count()) === 0 ? null : ((await locator.textContent()) || '').trim();
}

async function scenario(browser) {
  step('step 1: alice signs in and starts a real run of the October 2026 example');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  const page = await context.newPage();
  page.on('dialog', (dialog) => dialog.accept());
  currentPage = page;
  await page.goto(`${consoleUrl}/sign-in`);
  await page.fill('input[name=username]', alice.name);
  await page.fill('input[name=password]', alice.password);
  await page.click('button[type=submit]');
  await until('alice is taken to /runs after signing in', () => new URL(page.url()).pathname === '/runs');
  await page.click('a#start-run');
  await until('a#start-run leads to /runs/new', () => new URL(page.url()).pathname === '/runs/new');
  await page.fill('form#start input[name=asOf]', AS_OF);
  const folders = await page.locator('form#start select[name=dropFolder] option')
    .evaluateAll((options) => options.map((option) => ({ value: option.value, text: option.textContent.trim() })));
  const october = folders.find((folder) => folder.text.includes('october-2026'));
  if (!october) {
    fail(`no drop folder of the October 2026 example among ${JSON.stringify(folders)}`);
  }
  await page.selectOption('form#start select[name=dropFolder]', october.value);
  await page.uncheck('form#start input[name=dryRun]');
  await page.fill('form#start input[name=reason]', 'Browser test: October 2026, statements sent by email');
  await page.click('form#start button#start-button');
  const launch = await until('starting the run leads to /launches/{n}',
    () => (new URL(page.url()).pathname.match(/^\/launches\/(\d+)/) || [])[1], NAVIGATION_TIMEOUT_MS);
  passed(`real run started: /launches/${launch}`);

  step('step 2: the run completes, and its page counts the statements sent by email');
  const state = await until('#launch-state became final', async () => {
    const value = await text(page, '#launch-state');
    return FINAL_STATES.includes(value) ? value : null;
  }, RUN_TIMEOUT_MS);
  if (state !== 'COMPLETED') {
    fail(`the run ended ${state}: ${await text(page, '#launch-sentence')}`);
  }
  await page.reload();
  await page.click('a#review');
  await until('a#review leads to /runs/{runId}', () => /^\/runs\/\d+$/.test(new URL(page.url()).pathname),
    NAVIGATION_TIMEOUT_MS);
  const emailed = await until('the run page has #delivery with #emailed', () => text(page, '#delivery #emailed'));
  const statements = await page.locator('a[data-file^="statements/"]').count();
  if (statements === 0) {
    fail('the run page lists no statement file');
  }
  const undelivered = await text(page, '#delivery #undelivered-count');
  if (undelivered !== '0') {
    fail(`the run page says ${undelivered} statement(s) were not delivered`);
  }
  await page.screenshot({ path: path.join(screenshots, 'console-delivery.png'), fullPage: true });
  passed(`the run page says ${emailed} sent, 0 not delivered; it lists ${statements} statements`);
  console.log(`EMAILED ${emailed}`);
  console.log(`STATEMENTS ${statements}`);
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
