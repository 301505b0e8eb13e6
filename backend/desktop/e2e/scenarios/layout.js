// Scenario: the list, the board and the Add dialog fit the smallest window
// (1024x700) and use the room at 1920x1080, light and dark (issue 14). The
// runner seeds applications with long company names, locations, dates
// applied and an overdue follow-up through the CLI. At 1024x700: long
// company names end in an ellipsis with the full name in a title, the job
// title keeps its room, the overdue follow-up badge shows, the Add dialog's
// Save button is in view, and closing the dialog with text typed asks first.
// Screenshots: layout-{list,board}-{1024,1920}-{light,dark}, layout-add-1024.
E2E.run(async (t) => {
  const scheme = async (s) => {
    document.documentElement.setAttribute("data-mantine-color-scheme", s);
    await t.sleep(250);
  };
  const go = async (label) => {
    const nav = await t.waitFor(
      () =>
        Array.from(
          document.querySelectorAll(
            '[aria-label="Main"] a, [aria-label="Main"] button',
          ),
        ).find((el) => t.visible(el) && t.textOf(el) === label),
      `navigation item "${label}"`,
      20000,
    );
    await t.click(nav);
  };
  const closeNotices = async () => {
    for (const b of Array.from(
      document.querySelectorAll(".mantine-Notification-root button"),
    ))
      b.click();
    await t.sleep(200);
  };
  const long =
    "Internationale Verwaltungsgesellschaft für Erneuerbare Energien und Infrastruktur";

  await t.resize(1024, 700);
  await t.findRole("button", "Add application", 20000);
  await t.waitFor(
    () => t.rowWith("Applications", "Globex"),
    "the seeded rows",
    20000,
  );
  await closeNotices();

  // The list at 1024x700.
  const row = t.rowWith("Applications", "Internationale");
  const company = row.querySelector('[data-col="company"] button');
  t.assert(
    company.getAttribute("title") === long,
    "the full company name is in the title",
  );
  t.assert(
    company.scrollWidth > company.clientWidth,
    "the long company name is cut",
  );
  t.assert(
    getComputedStyle(company).textOverflow === "ellipsis",
    "with an ellipsis",
  );
  const titleCell = row.querySelector('[data-col="title"]');
  t.assert(
    titleCell.getBoundingClientRect().width >= 190,
    `the job title keeps its room (${titleCell.getBoundingClientRect().width}px)`,
  );
  const dates = Array.from(
    row.querySelectorAll('[data-col="applied"], [data-col="updated"]'),
  ).reduce((n, c) => n + c.getBoundingClientRect().width, 0);
  t.assert(dates <= 120, `date columns take ${dates}px`);
  t.assert(
    row.querySelector('[data-col="days"]'),
    "days since applied shows at 1024x700",
  );
  const table = document.querySelector('table[aria-label="Applications"]');
  t.assert(
    table.scrollWidth <= table.parentElement.clientWidth + 1,
    "no horizontal scrolling at 1024x700",
  );
  await t.waitFor(
    () =>
      t
        .textOf(t.rowWith("Applications", "Globex"))
        .includes("Follow-up overdue"),
    "the overdue follow-up badge",
  );
  await t.shot("layout-list-1024-light");
  await scheme("dark");
  await t.shot("layout-list-1024-dark");
  await scheme("light");

  // The Add dialog: Save in view; closing with text typed asks first.
  await t.click("button", "Add application");
  const save = await t.findRole("button", "Save application");
  const r = save.getBoundingClientRect();
  t.assert(
    r.bottom <= window.innerHeight && r.top >= 0,
    `Save is in view (${Math.round(r.top)}-${Math.round(r.bottom)} of ${window.innerHeight})`,
  );
  await t.type(await t.findLabel("Company"), "Half-typed Ltd");
  await t.shot("layout-add-1024");
  document.activeElement.dispatchEvent(
    new KeyboardEvent("keydown", {
      key: "Escape",
      code: "Escape",
      bubbles: true,
    }),
  );
  await t.findRole("dialog", "Discard unsaved changes?");
  await t.click("button", "Keep editing");
  t.assert(
    t.byLabel("Company")[0].value === "Half-typed Ltd",
    "the typed text is kept",
  );
  document.activeElement.dispatchEvent(
    new KeyboardEvent("keydown", {
      key: "Escape",
      code: "Escape",
      bubbles: true,
    }),
  );
  await t.click(await t.findRole("button", "Discard changes"));
  await t.gone(
    () => t.byRole("button", "Save application").length,
    "the Add dialog",
  );

  // The board at 1024x700.
  await go("Board");
  await t.waitFor(
    () => t.byRole("button", /^Internationale/)[0],
    "the long card",
  );
  await t.sleep(300);
  await t.shot("layout-board-1024-light");
  await scheme("dark");
  await t.shot("layout-board-1024-dark");
  await scheme("light");

  // 1920x1080: the same views use the room.
  await t.resize(1920, 1080);
  await t.sleep(300);
  await t.shot("layout-board-1920-light");
  await scheme("dark");
  await t.shot("layout-board-1920-dark");
  await scheme("light");
  await go("Applications");
  await t.waitFor(() => t.rowWith("Applications", "Globex"), "the rows");
  const wide = Array.from(
    document.querySelectorAll('table[aria-label="Applications"] th'),
  ).map((h) => h.getAttribute("data-col"));
  t.assert(
    wide.includes("outcome") && wide.includes("location"),
    `every chosen column shows at 1920 (${wide.join(", ")})`,
  );
  await t.shot("layout-list-1920-light");
  await scheme("dark");
  await t.shot("layout-list-1920-dark");
  await scheme("light");
});
