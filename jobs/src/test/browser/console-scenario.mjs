// The finance console's real-browser scenario (issue 11; pages and selectors: the console UI contract).
// Debian's Chromium, headless, driven by playwright-core; ConsoleBrowserIT starts the console and runs
// this script, but it runs by hand against any console too:
//
//   CONSOLE_URL=http://127.0.0.1:8080 FINANCE_A=alice FINANCE_A_PASSWORD=... \
//   FINANCE_B=bob FINANCE_B_PASSWORD=... SCREENSHOTS=/tmp/shots node console-scenario.mjs
//
// The console must offer the October 2026 example's input folder as a drop folder and have no run of
// 2026-11-05 yet. Each step prints a line when it passes; any failure prints the step, the page's
// address and the start of its text, saves failure-<step>.png into SCREENSHOTS and exits 1.
//
// STOP_AFTER=signin (a debugging aid) stops, successfully, once alice has signed in and sees the runs
// list; STOP_AFTER=1 ... 6 stops after that step.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
// A step's wait for a run (a dry run of the October example takes 10-20 s): never longer than this.
const RUN_TIMEOUT_MS = 120_000;
// Clicks, fills and page loads: generous for a loaded CI machine, far below a run's wait.
const ACTION_TIMEOUT_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 60_000;
// The whole scenario normally finishes in under 2 minutes; past this something hangs.
const SCENARIO_TIMEOUT_MS = 4 * 60_000;
const FINAL_STATES = ['COMPLETED', 'FAILED', 'HELD', 'REFUSED'];

const AS_OF = '2026-11-05';
const REFUSAL = 'a second FINANCE user must approve it';
const SAME_AS_DRY_RUN = 'decided exactly as the dry run';
const STATEMENT = 'statements/CU-1.pdf';
const SEARCHED_CLAIM = 'CL-01';
const REVERSED_CLAIM = 'CL-05';

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`console-scenario: the environment variable ${name} is not set`);
    process.exit(2);
  }
  return value;
}

const consoleUrl = required('CONSOLE_URL').replace(/\/+$/, '');
const alice = { name: required('FINANCE_A'), password: required('FINANCE_A_PASSWORD') };
const bob = { name: required('FINANCE_B'), password: required('FINANCE_B_PASSWORD') };
const screenshots = path.resolve(required('SCREENSHOTS'));
const stopAfter = process.env.STOP_AFTER || '';
mkdirSync(screenshots, { recursive: true });

class StepFailure extends Error {}

let currentStep = 'launching Chromium';
let currentPage = null;

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

/** Stops successfully here when STOP_AFTER names this point. */
async function stopIfAsked(point, browser) {
  if (stopAfter === point) {
    console.log(`STOP_AFTER=${point}: stopping here, as asked; the later steps did not run`);
    await browser.close();
    process.exit(0);
  }
}

function url(pathname) {
  return consoleUrl + pathname;
}

/** Polls until check() returns something truthy (errors while a page navigates count as not yet). */
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

async function shoot(page, name) {
  const file = path.join(screenshots, name);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`     screenshot ${file}`);
}

async function newUserPage(browser, user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`     (${user.name}'s page raised: ${error.message})`));
  // Should an action ask for confirmation, the user confirms: the scenario means every action it takes.
  page.on('dialog', (dialog) => dialog.accept());
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

/** Waits, without reloading, until #launch-state is final; fails unless it is COMPLETED. */
async function waitForCompletion(page, what) {
  const started = Date.now();
  const state = await until(`${what}: #launch-state became final (${FINAL_STATES.join(', ')})`, async () => {
    const value = await text(page, '#launch-state');
    return FINAL_STATES.includes(value) ? value : null;
  }, RUN_TIMEOUT_MS);
  if (state !== 'COMPLETED') {
    const sentence = await text(page, '#launch-sentence');
    fail(`${what} ended ${state}` + (sentence ? `: ${sentence}` : ' (no #launch-sentence)'));
  }
  return Math.round((Date.now() - started) / 1000);
}

/** Searches a review (form#review) for a claim id and waits until its row, and only rows like it, show. */
async function search(page, claim) {
  await page.fill('form#review input[name=q]', claim);
  await page.click('form#review button#search');
  await until(`the search for ${claim} shows tr[data-claim="${claim}"] and no row of another claim`, async () => {
    const claims = await page.locator('tr[data-claim]').evaluateAll((rows) => rows.map((row) => row.dataset.claim));
    return claims.includes(claim) && claims.every((id) => id.startsWith(claim));
  });
}

async function scenario(browser) {
  // 1. alice signs in and starts a dry run of the October 2026 example.
  step('step 1: alice signs in and starts a dry run of the October 2026 example');
  const alicePage = await newUserPage(browser, alice);
  await signIn(alicePage, alice);
  passed(`${alice.name} signed in and sees /runs`);
  await shoot(alicePage, 'console-runs.png');
  await stopIfAsked('signin', browser);

  await alicePage.click('a#start-run');
  await until('a#start-run leads to /runs/new', () => new URL(alicePage.url()).pathname === '/runs/new');
  await alicePage.fill('form#start input[name=asOf]', AS_OF);
  // The option's text is the folder's path, its value the folder's index: pick the October example's.
  const folders = await alicePage.locator('form#start select[name=dropFolder] option')
    .evaluateAll((options) => options.map((option) => ({ value: option.value, text: option.textContent.trim() })));
  const october = folders.find((folder) => folder.text.includes('october-2026'));
  if (!october) {
    fail(`no drop folder of the October 2026 example among ${JSON.stringify(folders)}`);
  }
  await alicePage.selectOption('form#start select[name=dropFolder]', october.value);
  await alicePage.check('form#start input[name=dryRun]');
  await alicePage.fill('form#start input[name=reason]', 'Browser test: October 2026 dry run');
  await alicePage.click('form#start button#start-button');
  const dryLaunch = await until('starting the dry run leads to /launches/{n}', () => launchNumber(alicePage), NAVIGATION_TIMEOUT_MS);
  const dryLaunchUrl = url(`/launches/${dryLaunch}`);
  passed(`dry run of ${october.text} as of ${AS_OF} started: ${dryLaunchUrl}`);
  await stopIfAsked('1', browser);

  // 2. alice watches it complete and finds CL-01 by search.
  step('step 2: alice watches the dry run complete and finds CL-01 by search');
  const dryRunSeconds = await waitForCompletion(alicePage, 'the dry run');
  passed(`#launch-state turned COMPLETED on the page, without a reload, after ${dryRunSeconds} s`);
  await alicePage.reload();
  await alicePage.locator('form#review').waitFor();
  await until('the dry run\'s review lists its decisions (tr[data-claim])', async () => (await alicePage.locator('tr[data-claim]').count()) > 0);
  await shoot(alicePage, 'console-review.png');
  await search(alicePage, SEARCHED_CLAIM);
  passed(`the search for ${SEARCHED_CLAIM} shows its decision`);
  await stopIfAsked('2', browser);

  // 3. alice tries to approve her own dry run, and is refused.
  step('step 3: alice tries to approve her own dry run and is refused');
  await alicePage.goto(dryLaunchUrl);
  await alicePage.fill('form#approve input[name=reason]', 'Browser test: the starter approves her own dry run');
  await alicePage.click('form#approve button#approve-button');
  const refusal = await until('a .refusal shows', () => text(alicePage, '.refusal'));
  if (!refusal.includes(REFUSAL)) {
    fail(`the .refusal says "${refusal}", not "${REFUSAL}"`);
  }
  const afterRefusal = launchNumber(alicePage);
  if (afterRefusal && afterRefusal !== dryLaunch) {
    fail(`the refused approval still led to another launch, /launches/${afterRefusal}`);
  }
  passed(`refused: "${refusal}"`);
  await stopIfAsked('3', browser);

  // 4. bob signs in, approves, and sees the real run decide exactly as the dry run.
  step('step 4: bob signs in, approves the dry run, and sees "decided exactly as the dry run"');
  const bobPage = await newUserPage(browser, bob);
  await signIn(bobPage, bob);
  passed(`${bob.name} signed in`);
  await bobPage.goto(dryLaunchUrl);
  await bobPage.fill('form#approve input[name=reason]', 'Browser test: a second pair of eyes approves');
  await bobPage.click('form#approve button#approve-button');
  const realLaunch = await until('the approval leads to the real run\'s launch, /launches/{m} (m other than the dry run\'s)',
    async () => {
      const refused = await text(bobPage, '.refusal');
      if (refused) {
        fail(`${bob.name}'s approval was refused: "${refused}"`);
      }
      const number = launchNumber(bobPage);
      return number && number !== dryLaunch ? number : null;
    }, NAVIGATION_TIMEOUT_MS);
  const realLaunchUrl = url(`/launches/${realLaunch}`);
  passed(`approved: the real run is ${realLaunchUrl}`);
  const realRunSeconds = await waitForCompletion(bobPage, 'the real run');
  passed(`the real run COMPLETED after ${realRunSeconds} s`);
  const comparison = await until('the completed real launch shows #comparison', async () => {
    if ((await bobPage.locator('#comparison').count()) === 0) {
      await bobPage.reload();
    }
    return text(bobPage, '#comparison');
  });
  if (!comparison.includes(SAME_AS_DRY_RUN)) {
    fail(`#comparison does not say "${SAME_AS_DRY_RUN}": "${comparison.slice(0, 500)}"`);
  }
  await shoot(bobPage, 'console-approval.png');
  passed(`#comparison: "${comparison.replace(/\s+/g, ' ').slice(0, 200)}"`);
  await stopIfAsked('4', browser);

  // 5. bob downloads statements/CU-1.pdf of the real run.
  step(`step 5: bob downloads ${STATEMENT} of the real run`);
  await bobPage.click('a#review');
  const runId = await until('a#review leads to the real run\'s review, /runs/{runId}',
    () => (new URL(bobPage.url()).pathname.match(/^\/runs\/(\d+)$/) || [])[1], NAVIGATION_TIMEOUT_MS);
  const runUrl = url(`/runs/${runId}`);
  const link = bobPage.locator(`a[data-file="${STATEMENT}"]`).first();
  await link.waitFor();
  const href = new URL(await link.getAttribute('href'), bobPage.url()).toString();
  // The context's request shares bob's session cookie.
  const response = await bobPage.context().request.get(href);
  if (!response.ok()) {
    fail(`GET ${href} answered ${response.status()}`);
  }
  const body = await response.body();
  const magic = body.subarray(0, 4).toString('latin1');
  if (magic !== '%PDF') {
    fail(`${STATEMENT} from ${href} starts with ${JSON.stringify(magic)}, not %PDF`);
  }
  passed(`${href}: ${body.length} bytes, ${response.headers()['content-type'] || 'no content type'}, starting %PDF`);
  await stopIfAsked('5', browser);

  // 6. bob reverses CL-05's adjustment: the real run's review, then CL-05, then reverse.
  step(`step 6: bob reverses ${REVERSED_CLAIM}'s adjustment`);
  await bobPage.goto(runUrl);
  await search(bobPage, REVERSED_CLAIM);
  await bobPage.click(`tr[data-claim="${REVERSED_CLAIM}"] a.claim`);
  const decisionPath = `/runs/${runId}/decisions/${REVERSED_CLAIM}`;
  await until(`the claim's link leads to ${decisionPath}`, () => new URL(bobPage.url()).pathname === decisionPath);
  const reason = 'Browser test: customer CU-5 settled outside the run';
  await bobPage.fill('form#reverse input[name=reason]', reason);
  await bobPage.click('form#reverse button#reverse-button');
  const reversal = await until('#reversal shows', () => text(bobPage, '#reversal'));
  for (const expected of ['Reversed', bob.name, reason]) {
    if (!reversal.includes(expected)) {
      fail(`#reversal does not contain "${expected}": "${reversal}"`);
    }
  }
  if ((await bobPage.locator('form#reverse').count()) > 0) {
    fail('form#reverse is still offered after the reversal');
  }
  passed(`#reversal: "${reversal.replace(/\s+/g, ' ')}"`);

  // The runs list once more, now with the real run in it.
  await bobPage.goto(url('/runs'));
  await shoot(bobPage, 'console-runs.png');
  console.log('All six steps of the console scenario passed');
}

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`FAIL ${currentStep}: the scenario did not finish within ${SCENARIO_TIMEOUT_MS / 60_000} minutes`);
    process.exit(1);
  }, SCENARIO_TIMEOUT_MS);
  // launch() gives the browser a fresh temporary profile, removed on close; each user gets a context
  // of their own (their own cookies), as two people at two machines would.
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
        const name = `failure-${currentStep.replace(/:.*/, '').replace(/\W+/g, '-')}.png`;
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
