const { run } = await import(process.argv[2]!);
const t = Date.now();
for (const m of await run()) console.log(JSON.stringify(m));
console.error("total s", (Date.now() - t) / 1000);
