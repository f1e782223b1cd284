// Issue 21's controls in a real browser (ControlsBrowserIT starts the console with
// sla-credits.controls.four-eyes=required and a brake that holds the October 2026 example, and runs this):
//
//   CONSOLE_URL=http://127.0.0.1:8080 FINANCE_A=alice FINANCE_A_PASSWORD=... \
//   FINANCE_B=bob FINANCE_B_PASSWORD=... SCREENSHOTS=/tmp/shots node controls-scenario.mjs
//
// 1. alice finds no real run on the start form; a real run posted anyway is refused and starts nothing.
// 2. alice starts a dry run; bob approves it; the real run is HELD by the brake.
// 3. bob, who started the real run, is refused its release; alice, a second user, releases it and it completes.
// Each step prints a line when it passes; a failure prints the step, the page and the start of its text,
// saves failure-<step>.png into SCREENSHOTS and exits 1.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const RUN_TIMEOUT_MS = 120_000;
const ACTION_TIMEOUT_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 60_000;
const SCENARIO_TIMEOUT_MS = 4 * 60_000;
const FINAL_STATES = ['COMPLETED', 'FAILED', 'HELD', 'REFUSED', 'INTERRUPTED'];

const AS_OF = '2026-11-05';
const LONE_REAL_RUN = 'Four eyes are required';
const OWN_HELD_RUN = 'a second FINANCE user must release';

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`controls-scenario: the environment variable ${name} is not set`);
    process.exit(2);
  }
  return value;
}

const consoleUrl = required('CONSOLE_URL').replace(/\/+$/, '');
const alice = { name: required('FINANCE_A'), password: required('FINANCE_A_PASSWORD') };
const bob = { name: required('FINANCE_B'), password: required('FINANCE_B_PASSWORD') };
const screenshots = path.resolve(required('SCREENSHOTS'));
mkdirSync(screenshots, { recursive: true });

class StepFailure extends Error {}

let currentStep = 'launching Chromium';
let currentPage = null;
const dialogs = [];

function fail(message) {
  throw new StepFailure(message);
}

function passed(line) {
  console.log(`PASS ${currentStep.replace(/:.*/, '')}: ${line}`);
}

function step(name) {
  currentStep = name;
  console.log(`---- ${name}`);
}

function url(pathname) {
  return consoleUrl + pathname;
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
  // the words as a reader sees them: a template's line breaks are not part of a sentence
  return (await locator.count()) === 0 ? null : ((await locator.textContent()) || '').replace(/\s+/g, ' ').trim();
}

async function newUserPage(browser, user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`     (${user.name}'s page raised: ${error.message})`));
  // The release asks for confirmation: the user reads it and confirms.
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.accept();
  });
  currentPage = page;
  return page;
}

async function signIn(page, user) {
  await page.goto(url('/sign-in'));
  await page.fill('input[name=username]', user.name);
  await page.fill('input[name=password]', user.password);
  await page.click('button[type=submit]');
  await until(`${user.name} is taken to /runs after signing in`, () => new URL(page.url()).pathname === '/runs');
}

function launchNumber(page) {
  const match = new URL(page.url()).pathname.match(/^\/launches\/(\d+)/);
  return match ? match[1] : null;
}

/** Waits, without reloading, until #launch-state is final, and fails unless it is `expected`. */
async function waitForState(page, what, expected) {
  const state = await until(`${what}: #launch-state became final`, async () => {
    const value = await text(page, '#launch-state');
    return FINAL_STATES.includes(value) ? value : null;
  }, RUN_TIMEOUT_MS);
  if (state !== expected) {
    const sentence = await text(page, '#launch-sentence');
    fail(`${what} ended ${state}, not ${expected}` + (sentence ? `: ${sentence}` : ''));
  }
}

async function fillStartForm(page, reason) {
  await page.goto(url('/runs/new'));
  await page.fill('form#start input[name=asOf]', AS_OF);
  const folders = await page.locator('form#start select[name=dropFolder] option')
    .evaluateAll((options) => options.map((option) => ({ value: option.value, text: option.textContent.trim() })));
  const october = folders.find((folder) => folder.text.includes('october-2026'));
  if (!october) {
    fail(`no drop folder of the October 2026 example among ${JSON.stringify(folders)}`);
  }
  await page.selectOption('form#start select[name=dropFolder]', october.value);
  await page.fill('form#start input[name=reason]', reason);
}

async function scenario(browser) {
  step('step 1: alice is offered no real run, and one posted anyway is refused');
  const alicePage = await newUserPage(browser, alice);
  await signIn(alicePage, alice);
  await alicePage.click('a#start-run');
  await until('a#start-run leads to /runs/new', () => new URL(alicePage.url()).pathname === '/runs/new');
  if ((await alicePage.locator('form#start input[type=checkbox][name=dryRun]').count()) > 0) {
    fail('the start form offers a "Dry run" checkbox to untick under four eyes');
  }
  const fourEyes = await text(alicePage, '#four-eyes');
  if (!fourEyes || !fourEyes.includes('second FINANCE user')) {
    fail(`the start form does not say that a second user approves: #four-eyes is "${fourEyes}"`);
  }
  passed(`the form offers a dry run only: "${fourEyes.replace(/\s+/g, ' ')}"`);
  await fillStartForm(alicePage, 'Browser test: a real run alone');
  // What a user could post by hand: the form's dry-run field turned into a real run.
  await alicePage.locator('form#start input[name=dryRun]').evaluate((input) => { input.value = 'false'; });
  await alicePage.click('form#start button#start-button');
  const refusal = await until('a .refusal shows', () => text(alicePage, '.refusal'), NAVIGATION_TIMEOUT_MS);
  if (!refusal.includes(LONE_REAL_RUN)) {
    fail(`the .refusal says "${refusal}", not "${LONE_REAL_RUN}"`);
  }
  if (launchNumber(alicePage)) {
    fail(`the refused real run still led to a launch, ${alicePage.url()}`);
  }
  await alicePage.goto(url('/runs'));
  if ((await alicePage.locator('tr[data-launch]').count()) > 0) {
    fail('a launch is listed after the refused real run');
  }
  passed(`refused, and nothing started: "${refusal}"`);

  step('step 2: alice starts a dry run, bob approves it, and the brake holds the real run');
  await fillStartForm(alicePage, 'Browser test: October dry run under four eyes');
  await alicePage.click('form#start button#start-button');
  const dryLaunch = await until('the dry run leads to /launches/{n}', () => launchNumber(alicePage), NAVIGATION_TIMEOUT_MS);
  await waitForState(alicePage, 'the dry run', 'COMPLETED');
  passed(`dry run /launches/${dryLaunch} COMPLETED`);
  const bobPage = await newUserPage(browser, bob);
  await signIn(bobPage, bob);
  await bobPage.goto(url(`/launches/${dryLaunch}`));
  await bobPage.fill('form#approve input[name=reason]', 'Browser test: approved by the second pair of eyes');
  await bobPage.click('form#approve button#approve-button');
  const realLaunch = await until('the approval leads to the real run\'s launch', () => {
    const number = launchNumber(bobPage);
    return number && number !== dryLaunch ? number : null;
  }, NAVIGATION_TIMEOUT_MS);
  await waitForState(bobPage, 'the real run', 'HELD');
  passed(`the real run /launches/${realLaunch} is HELD`);

  step('step 3: bob, who started the real run, may not release it; alice releases it');
  await bobPage.reload();
  await bobPage.click('a#release-link');
  const runId = await until('a#release-link leads to the run\'s page, /runs/{runId}',
    () => (new URL(bobPage.url()).pathname.match(/^\/runs\/(\d+)$/) || [])[1], NAVIGATION_TIMEOUT_MS);
  await bobPage.fill('form#release-form input[name=reason]', 'Browser test: my own run');
  await bobPage.click('form#release-form button#release-button');
  const bobRefused = await until('a .refusal shows', () => text(bobPage, '.refusal'), NAVIGATION_TIMEOUT_MS);
  if (!bobRefused.includes(OWN_HELD_RUN)) {
    fail(`the .refusal says "${bobRefused}", not "${OWN_HELD_RUN}"`);
  }
  passed(`bob refused: "${bobRefused}"`);

  currentPage = alicePage;
  await alicePage.goto(url(`/runs/${runId}`));
  if ((await text(alicePage, '.status-HELD')) !== 'HELD') {
    fail('the run is no longer HELD before alice releases it');
  }
  await alicePage.screenshot({ path: path.join(screenshots, 'console-release.png'), fullPage: true });
  const reason = 'Browser test: the termination refund is real';
  await alicePage.fill('form#release-form input[name=reason]', reason);
  const asked = dialogs.length;
  await alicePage.click('form#release-form button#release-button');
  await until('the release leads to the real run\'s launch', () => launchNumber(alicePage) === realLaunch, NAVIGATION_TIMEOUT_MS);
  if (dialogs.length === asked) {
    fail('the release asked for no confirmation');
  }
  await waitForState(alicePage, 'the released run', 'COMPLETED');
  passed(`confirmed "${dialogs[dialogs.length - 1]}", and the released run COMPLETED`);
  await alicePage.goto(url(`/runs/${runId}`));
  const status = await text(alicePage, '.status-COMPLETED');
  const body = (await alicePage.locator('body').textContent()) || '';
  if (status !== 'COMPLETED' || !body.includes(reason)) {
    fail(`the run's page does not show it COMPLETED with the release's reason (status "${status}")`);
  }
  passed(`run ${runId} is COMPLETED, its release recorded with alice's reason`);
  console.log('All three steps of the controls scenario passed');
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
        const name = `failure-controls-${currentStep.replace(/:.*/, '').replace(/\W+/g, '-')}.png`;
        await currentPage.screenshot({ path: path.join(screenshots, name), fullPage: true, timeout: 10_000 });
        console.error(`     screenshot ${path.join(screenshots, name)}`);
      } catch (ignored) {
        // the failure itself is what matters; the page may be gone
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
