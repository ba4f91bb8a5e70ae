import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
page.on('request', r => { if (r.url().includes('/api/')) console.log('REQ', r.method(), decodeURIComponent(r.url())); });
await page.goto('http://127.0.0.1:3199/' + process.argv[2]);
await page.waitForTimeout(2500);
console.log(page.url());
await browser.close();
