// Browser tests: every page of the portal in headless Chromium, at a desktop
// and a phone width, checked with axe-core (WCAG 2.1 A and AA) and for
// horizontal scrolling, with a screenshot of each. Run by `./portalctl test`
// with PORTAL_URL, PORTAL_THEMES and SCREENSHOT_DIR set.
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const axeSource = require.resolve("axe-core/axe.min.js");

const portalUrl = process.env.PORTAL_URL ?? "http://127.0.0.1:8080";
const screenshots = process.env.SCREENSHOT_DIR ?? "screenshots";
const widths = [1280, 360];
const themes = (process.env.PORTAL_THEMES ?? "default").split(/\s+/).filter(Boolean);
const stackConfig = process.env.STACK_CONFIG;
const mary = { email: "mary.smith@northwind.example", password: "Demo-Portal-1" };

let passed = 0;
let failed = 0;

function report(ok, name, detail = "") {
    if (ok) {
        passed += 1;
        console.log(`ok      ${name}`);
    } else {
        failed += 1;
        console.log(`FAILED  ${name}\n${detail}`);
    }
}

async function logIn(page) {
    await page.goto(`${portalUrl}/login`);
    await page.fill("#email", mary.email);
    await page.fill("#password", mary.password);
    await page.press("#password", "Enter"); // the keyboard alone signs in
    await page.waitForURL(`${portalUrl}/`);
}

// The pages to check, each reached as a customer would reach it.
const pages = [
    { name: "login", loggedIn: false, open: (page) => page.goto(`${portalUrl}/login`) },
    {
        name: "login-failed",
        loggedIn: false,
        open: async (page) => {
            await page.goto(`${portalUrl}/login`);
            await page.fill("#email", mary.email);
            await page.fill("#password", "not-the-password");
            await page.click("button[type=submit]");
            await page.waitForSelector(".message-error");
        },
    },
    { name: "not-found", loggedIn: false, open: (page) => page.goto(`${portalUrl}/no/such/page`) },
    { name: "forgot-password", loggedIn: false, open: (page) => page.goto(`${portalUrl}/forgot-password`) },
    {
        name: "reset-link-not-usable",
        loggedIn: false,
        open: (page) => page.goto(`${portalUrl}/reset-password?token=999999.0123456789abcdef`),
    },
    { name: "signup", loggedIn: false, open: (page) => page.goto(`${portalUrl}/signup`) },
    { name: "sign-in-history", loggedIn: true, open: (page) => page.goto(`${portalUrl}/account/logins`) },
    { name: "cases", loggedIn: true, open: (page) => page.goto(`${portalUrl}/cases`) },
    {
        name: "case",
        loggedIn: true,
        open: async (page) => {
            await page.goto(`${portalUrl}/cases`);
            await page.click(".case-title a");
            await page.waitForSelector(".fields");
        },
    },
    {
        name: "case-comment-refused",
        loggedIn: true,
        open: async (page) => {
            await page.goto(`${portalUrl}/cases`);
            await page.click(".case-title a");
            await page.click(".comment-form button[type=submit]");
            await page.waitForSelector("#comment-error");
        },
    },
    {
        name: "case-edit",
        loggedIn: true,
        open: async (page) => {
            await page.goto(`${portalUrl}/cases`);
            await page.click(".case-title a");
            await page.click(".case-actions a");
            await page.waitForSelector(".record-form");
        },
    },
    { name: "new-case", loggedIn: true, open: (page) => page.goto(`${portalUrl}/cases/new`) },
    {
        name: "new-case-errors",
        loggedIn: true,
        open: async (page) => {
            await page.goto(`${portalUrl}/cases/new`);
            await page.fill("#field-ticket_title", "   ");
            await page.selectOption("#field-ticketpriorities", "Low");
            await page.click("form.record-form button[type=submit]");
            await page.waitForSelector(".form-errors");
        },
    },
    { name: "knowledge-base", loggedIn: true, open: (page) => page.goto(`${portalUrl}/kb`) },
    {
        name: "faq-category",
        loggedIn: true,
        open: async (page) => {
            await page.goto(`${portalUrl}/kb`);
            await page.click(".kb-home .link-list a");
            await page.waitForURL(/\/kb\/category/);
        },
    },
    {
        name: "faq-article",
        loggedIn: true,
        open: async (page) => {
            await page.goto(`${portalUrl}/kb`);
            await page.click("[aria-labelledby=kb-recent] a");
            await page.waitForSelector("article.article");
        },
    },
    { name: "change-password", loggedIn: true, open: (page) => page.goto(`${portalUrl}/account/password`) },
    {
        name: "change-password-mistakes",
        loggedIn: true,
        open: async (page) => {
            await page.goto(`${portalUrl}/account/password`);
            await page.fill("#current_password", mary.password);
            await page.fill("#new_password", "short");
            await page.fill("#new_password_again", "different");
            await page.click("form.form button[type=submit]");
            await page.waitForSelector(".field-problems");
        },
    },
    {
        name: "faq-search",
        loggedIn: true,
        open: async (page) => {
            await page.goto(`${portalUrl}/kb`);
            await page.fill("#kb-search-words", "reset");
            await page.press("#kb-search-words", "Enter");
            await page.waitForSelector(".search-result mark");
        },
    },
    {
        name: "faq-article-comments",
        loggedIn: true,
        open: async (page) => {
            await page.goto(`${portalUrl}/kb/search?q=Router+X200`);
            await page.click(".search-result a");
            await page.waitForSelector(".comment");
        },
    },
    { name: "home", loggedIn: true, open: (page) => page.goto(`${portalUrl}/`) },
    { name: "documents", loggedIn: true, open: (page) => page.goto(`${portalUrl}/documents`) },
    {
        name: "document",
        loggedIn: true,
        open: async (page) => {
            await page.goto(`${portalUrl}/documents`);
            await page.click("table.documents tbody a");
            await page.waitForSelector(".fields");
        },
    },
    { name: "profile", loggedIn: true, open: (page) => page.goto(`${portalUrl}/profile`) },
    { name: "organisation", loggedIn: true, open: (page) => page.goto(`${portalUrl}/organisation`) },
    { name: "contacts", loggedIn: true, open: (page) => page.goto(`${portalUrl}/contacts`) },
    { name: "search", loggedIn: true, open: (page) => page.goto(`${portalUrl}/search?q=Router`) },
    {
        name: "cases-rtl",
        loggedIn: true,
        open: async (page) => {
            await page.goto(`${portalUrl}/language?set=ar_ae&next=/cases`);
            await page.waitForSelector("html[dir=rtl]");
        },
    },
    ...recordPages(),
];

// The record modules' pages: each list, its first record, and the asset form.
function recordPages() {
    const first = (list) => async (page) => {
        await page.goto(`${portalUrl}${list}`);
        await page.click("table.records tbody tr td a");
        await page.waitForSelector("h1");
    };
    const specs = [];
    for (const list of ["/invoices", "/quotes", "/products", "/services", "/assets", "/projects", "/servicecontracts"]) {
        const name = list.slice(1);
        specs.push({ name, loggedIn: true, open: (page) => page.goto(`${portalUrl}${list}`) });
        specs.push({ name: `${name}-record`, loggedIn: true, open: first(list) });
    }
    specs.push({
        name: "asset-edit",
        loggedIn: true,
        open: async (page) => {
            await first("/assets")(page);
            await page.click("a[href$='/edit']");
            await page.waitForSelector("form.record-form");
        },
    });
    return specs;
}

// Edits the stack's config.inc as an admin would, and reloads the portal.
async function useConfig(browser, key, value, proof) {
    const text = readFileSync(stackConfig, "utf8");
    const line = `$${key} = '${value}';`;
    const pattern = new RegExp(`^\\$${key} *=.*$`, "m");
    writeFileSync(stackConfig, pattern.test(text) ? text.replace(pattern, line) : `${text}\n${line}\n`);
    execFileSync(process.env.PORTALCTL, ["reload"], { env: { ...process.env, PORTAL_STACK: process.env.PORTAL_STACK } });
    // A browser language the portal lacks, so the configured default shows.
    const page = await browser.newPage({ bypassCSP: true, locale: "ja-JP" });
    try {
        for (let i = 0; i < 50; i += 1) {
            await page.goto(`${portalUrl}/login`);
            if ((await page.content()).includes(proof)) return true;
            await page.waitForTimeout(100);
        }
        return false;
    } finally {
        await page.close();
    }
}

async function check(browser, theme, spec, width) {
    const name = `${theme}: ${spec.name} at ${width}px`;
    // The CSP rightly refuses injected scripts; axe is the test's own, so only it is let in.
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    try {
        if (spec.loggedIn) await logIn(page);
        await spec.open(page);
        await page.addScriptTag({ path: axeSource });
        const result = await page.evaluate(() =>
            window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
        );
        const violations = result.violations.map(
            (v) => `        ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`,
        );
        report(violations.length === 0, `${name}: no accessibility violations`, violations.join("\n"));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        report(overflow <= 0, `${name}: no horizontal scrolling`, `        ${overflow}px wider than the screen`);
        await page.screenshot({ path: path.join(screenshots, `${theme}-${spec.name}-${width}.png`), fullPage: true });
    } catch (error) {
        report(false, name, `        ${error.message}`);
    } finally {
        await context.close();
    }
}

// Every link and button is reachable with Tab and shows where the focus is.
async function checkKeyboard(browser, theme) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
        await logIn(page);
        const stops = [];
        for (let i = 0; i < 25; i += 1) {
            await page.keyboard.press("Tab");
            stops.push(
                await page.evaluate(() => {
                    const element = document.activeElement;
                    const style = getComputedStyle(element);
                    return { tag: element.tagName, visible: style.outlineStyle !== "none" && style.outlineWidth !== "0px" };
                }),
            );
        }
        const hidden = stops.filter((stop) => stop.tag !== "BODY" && !stop.visible);
        report(hidden.length === 0, `${theme}: keyboard: every focus stop shows a visible focus ring`,
            `        ${hidden.length} stops without a focus ring: ${JSON.stringify(hidden.slice(0, 3))}`);
        report(stops.some((stop) => stop.tag === "A"), `${theme}: keyboard: links are reachable with Tab`);
    } finally {
        await context.close();
    }
}

async function main() {
    mkdirSync(screenshots, { recursive: true });
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"],
    });
    try {
        for (const theme of themes) {
            if (stackConfig) {
                const loaded = await useConfig(browser, "theme", theme, `/themes/${theme}/static/css/portal.css`);
                report(loaded, `${theme}: config.inc edited and reloaded, the theme is served`);
                if (!loaded) continue;
            }
            for (const spec of pages) {
                for (const width of widths) await check(browser, theme, spec, width);
            }
            await checkKeyboard(browser, theme);
        }
        if (stackConfig) {
            report(await useConfig(browser, "language", "de_de", "Anmelden"), "config.inc language de_de after a reload");
            report(await useConfig(browser, "theme", "default", "/themes/default/static/css/portal.css")
                && await useConfig(browser, "language", "en_us", "Sign in"), "config.inc back to default and en_us");
        }
    } finally {
        await browser.close();
    }
    console.log(`browser: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
