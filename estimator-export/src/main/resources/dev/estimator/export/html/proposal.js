// The interactive proposal: recomputes the price of the selection the client makes, exactly as
// Estimator's calculator does (EstimateCalculator, SelectionCalculator), from the figures in the
// page's <script id="proposal-data" type="application/json"> block.
//
// Money is handled as whole minor units (cents; yen) in BigInt, never as floating point. Each step
// rounds once, half away from zero, to the minor unit, in the calculator's order:
//   subtotal     = the sum of the chosen variant's one-time items that are kept
//   contingency  = percent % of the subtotal, or a fixed amount (stated, risk-based or simulated)
//   adjustments  = in order, each on the running amount (subtotal + contingency + earlier ones):
//                  percent % of it, or a fixed amount; a discount subtracts, a surcharge adds
//   net          = the running amount after the last adjustment
//   tax          = tax % of the net;  grand total = net + tax
//   milestones   = percent % of the total invoiced each, the last one the remainder; the total
//                  invoiced is the grand total, or, when the contingency is billed only on
//                  approval, the same chain with a contingency of zero
//   range        = the price section's optimistic and pessimistic totals for the selection: the
//                  subtotal with each kept three-point item at its optimistic (pessimistic) amount,
//                  carried through the same chain (EstimateCalculator.range)
//   recurring    = each recurring charge per period and over its term, as the calculator priced
//                  it (RecurringTotals); total cost of ownership = the grand total + every charge
//                  over its term
//   budget       = every combination of a variant and its optional items, searched and ranked as
//                  the budget fit does (BudgetFit, FitSearch): within the budget, fewest things
//                  given up first, then the highest price; when none fits, the nearest above it
// Nothing is sent anywhere: the page may load nothing and connect nowhere (its security policy).
"use strict";

(function () {
  const data = JSON.parse(document.getElementById("proposal-data").textContent);
  const panel = document.getElementById("proposal-panel");
  const labels = data.labels;
  const state = { variant: 0, kept: data.variants.map(v => v.items.map(i => i.optional === true)) };

  // ---- Exact arithmetic in minor units ----

  // "7.5" -> { numerator: 75n, denominator: 10n }
  function decimal(text) {
    const [whole, fraction = ""] = text.split(".");
    return { numerator: BigInt(whole + fraction), denominator: 10n ** BigInt(fraction.length) };
  }

  // n / d rounded half away from zero (d > 0): RoundingMode.HALF_UP in Java.
  function divideRounded(n, d) {
    const negative = n < 0n;
    const magnitude = negative ? -n : n;
    let quotient = magnitude / d;
    if (2n * (magnitude % d) >= d) {
      quotient += 1n;
    }
    return negative ? -quotient : quotient;
  }

  // percent % of base, rounded once to the minor unit: RoundingPolicy.percentOf.
  function percentOf(base, percentText) {
    const p = decimal(percentText);
    return divideRounded(base * p.numerator, 100n * p.denominator);
  }

  // Contingency, adjustments, tax and total over a subtotal: EstimateCalculator.tail.
  function tail(subtotal, contingency) {
    let running = subtotal + contingency;
    const adjustments = [];
    for (const adjustment of data.adjustments) {
      const magnitude = adjustment.percent !== undefined
        ? percentOf(running, adjustment.percent) : BigInt(adjustment.minor);
      const signed = adjustment.kind === "discount" ? -magnitude : magnitude;
      adjustments.push(signed);
      running += signed;
    }
    const tax = data.tax ? percentOf(running, data.tax.percent) : 0n;
    return { subtotal, contingency, adjustments, net: running, tax, total: running + tax };
  }

  // The contingency over a subtotal: a percentage follows it, any other amount is fixed.
  function contingencyOf(variant, subtotal) {
    return variant.contingencyPercent !== undefined
      ? percentOf(subtotal, variant.contingencyPercent) : BigInt(variant.contingencyMinor);
  }

  // The sum of the kept items' figures: amount(item) picks which (the amount, or a scenario's).
  function sumKept(variant, kept, amount) {
    let sum = 0n;
    variant.items.forEach((item, i) => {
      if (!item.optional || kept[i]) {
        sum += BigInt(amount(item));
      }
    });
    return sum;
  }

  // The price of the current selection: SelectionCalculator.price.
  function price(variantIndex, kept) {
    const variant = data.variants[variantIndex];
    const subtotal = sumKept(variant, kept, item => item.minor);
    const contingency = contingencyOf(variant, subtotal);
    const chain = tail(subtotal, contingency);
    const billed = data.contingencyBilling === "on-approval" ? tail(subtotal, 0n).total : chain.total;
    const milestones = [];
    let allocated = 0n;
    data.milestones.forEach((milestone, i) => {
      const amount = i === data.milestones.length - 1 ? billed - allocated : percentOf(billed, milestone.percent);
      allocated += amount;
      milestones.push(amount);
    });
    return { chain, billed, milestones };
  }

  // The selection's optimistic and pessimistic grand totals: EstimateCalculator.range.
  function range(variantIndex, kept) {
    const variant = data.variants[variantIndex];
    const scenario = field => {
      const subtotal = sumKept(variant, kept, item => item[field] !== undefined ? item[field] : item.minor);
      return tail(subtotal, contingencyOf(variant, subtotal)).total;
    };
    return { optimistic: scenario("optimisticMinor"), pessimistic: scenario("pessimisticMinor") };
  }

  // The variant's recurring charges (RecurringTotals): per period, over the terms, and the TCO.
  function recurring(variantIndex, oneTime) {
    const charges = data.variants[variantIndex].recurring;
    // What recurs per month, quarter and year, in that order (RecurringCalculator).
    const perPeriod = new Map();
    let overTerms = 0n;
    ["month", "quarter", "year"].forEach(every => {
      const same = charges.filter(charge => charge.every === every);
      if (same.length > 0) {
        perPeriod.set(every, same.reduce((sum, charge) => sum + BigInt(charge.perChargeMinor), 0n));
      }
    });
    charges.forEach(charge => {
      overTerms += BigInt(charge.termMinor);
    });
    return { charges, perPeriod, overTerms, tco: oneTime + overTerms };
  }

  // ---- The budget fit (BudgetFit.search, client audience, grand total) ----

  // Every combination of a variant with some optional items left out (bit j of "dropped": item j out).
  function combinations() {
    const out = [];
    data.variants.forEach((variant, v) => {
      const optional = [];
      variant.items.forEach((item, i) => {
        if (item.optional) {
          optional.push(i);
        }
      });
      const full = sumKept(variant, variant.items.map(() => true), item => item.minor);
      for (let dropped = 0; dropped < 2 ** optional.length; dropped++) {
        const positions = [];
        let subtotal = full;
        optional.forEach((row, j) => {
          if (dropped & (1 << j)) {
            positions.push(j);
            subtotal -= BigInt(variant.items[row].minor);
          }
        });
        const kept = variant.items.map((item, i) => !item.optional || !positions.includes(optional.indexOf(i)));
        out.push({ variant: v, dropped, positions, optional, kept, subtotal, givenUp: (v > 0 ? 1 : 0) + positions.length });
      }
    });
    return out;
  }

  // Lexicographic order of two position lists, a shorter prefix first (Arrays.compare).
  function comparePositions(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] !== b[i]) {
        return a[i] - b[i];
      }
    }
    return a.length - b.length;
  }

  function compareBig(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  // The grand total the search ranks by: the quote's chain from a subtotal (FitSearch.amountAt).
  function searchTotal(subtotal) {
    const contingency = data.fit.contingencyPercent !== undefined
      ? percentOf(subtotal, data.fit.contingencyPercent) : BigInt(data.fit.contingencyMinor);
    return tail(subtotal, contingency).total;
  }

  // The largest subtotal (at most "highest") whose total is within the budget; -1n when none is.
  function largestWithin(budget, highest) {
    if (searchTotal(0n) > budget) {
      return -1n;
    }
    if (searchTotal(highest) <= budget) {
      return highest;
    }
    let lo = 0n;
    let hi = highest;
    while (hi - lo > 1n) {
      const mid = lo + (hi - lo) / 2n;
      if (searchTotal(mid) <= budget) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // A combination priced exactly: the selection's price, with a simulated contingency its own.
  function priceCombination(found) {
    const variant = data.variants[found.variant];
    if (variant.fit.contingencyMinor === undefined) {
      return price(found.variant, found.kept).chain.total;
    }
    const contingency = BigInt(variant.fit.contingencyMinor[found.dropped]);
    return tail(found.subtotal, contingency).total;
  }

  function budgetFit(budget) {
    const all = combinations();
    const highest = all.reduce((most, c) => (c.subtotal > most ? c.subtotal : most), 0n);
    const within = largestWithin(budget, highest);
    const bestFirst = (a, b) => a.givenUp - b.givenUp || compareBig(b.subtotal, a.subtotal)
      || a.variant - b.variant || comparePositions(a.positions, b.positions);
    const nearestFirst = (a, b) => compareBig(a.subtotal, b.subtotal) || a.givenUp - b.givenUp
      || a.variant - b.variant || comparePositions(a.positions, b.positions);
    const priced = list => list.map(found => Object.assign({ total: priceCombination(found) }, found));
    const fits = priced(all.filter(c => within >= 0n && c.subtotal <= within).sort(bestFirst).slice(0, data.fit.top))
      .filter(c => c.total <= budget);
    if (fits.length > 0) {
      return { fits: true, list: fits };
    }
    return { fits: false, list: priced(all.filter(c => c.subtotal > within).sort(nearestFirst).slice(0, data.fit.top)) };
  }

  // The budget as the client typed it, in minor units; null when it is not an amount.
  function parseBudget(text) {
    const m = data.money;
    let plain = text.trim();
    [m.prefix, m.suffix, m.negativePrefix, m.negativeSuffix].forEach(part => {
      if (part.trim() !== "") {
        plain = plain.split(part.trim()).join("");
      }
    });
    plain = plain.replace(/\s/g, "");
    if (m.group !== "") {
      plain = plain.split(m.group).join("");
    }
    if (data.scale > 0) {
      plain = plain.split(m.decimal).join(".");
    }
    const pattern = data.scale > 0 ? new RegExp("^\\d+(\\.\\d{1," + data.scale + "})?$") : /^\d+$/;
    if (!pattern.test(plain)) {
      return null;
    }
    const [whole, fraction = ""] = plain.split(".");
    return BigInt(whole + fraction.padEnd(data.scale, "0"));
  }

  // ---- Writing amounts as the document does (MoneyFormat) ----

  function money(minor) {
    const m = data.money;
    const negative = minor < 0n;
    const digits = (negative ? -minor : minor).toString().padStart(data.scale + 1, "0");
    const whole = digits.slice(0, digits.length - data.scale);
    const fraction = digits.slice(digits.length - data.scale);
    let grouped = "";
    for (let i = 0; i < whole.length; i++) {
      if (i > 0 && (whole.length - i) % 3 === 0) {
        grouped += m.group;
      }
      grouped += whole[i];
    }
    const number = data.scale > 0 ? grouped + m.decimal + fraction : grouped;
    return negative ? m.negativePrefix + number + m.negativeSuffix : m.prefix + number + m.suffix;
  }

  // A difference with its sign, a minus or the language's ▲; zero has none (MoneyFormat.formatSigned).
  function signed(minor) {
    if (minor < 0n) {
      return data.money.minus + money(-minor);
    }
    return minor > 0n ? "+" + money(minor) : money(minor);
  }

  // ---- The acceptance code (AcceptanceCode in Estimator) ----

  // FNV-1a, 32 bits, over the UTF-8 bytes, as 8 upper-case hex digits.
  function checksum(text) {
    let hash = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(text)) {
      hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
    }
    return hash.toString(16).toUpperCase().padStart(8, "0");
  }

  // The acceptance code of the current selection, with what it accepts: the way, the optional
  // items left out and the total.
  function acceptance() {
    const variant = data.variants[state.variant];
    const leftOut = [];
    let mask = 0n;
    let bit = 0n;
    variant.items.forEach((item, i) => {
      if (item.optional) {
        if (state.kept[state.variant][i]) {
          mask |= 1n << bit;
        } else {
          leftOut.push(item.label);
        }
        bit += 1n;
      }
    });
    const total = price(state.variant, state.kept[state.variant]).chain.total;
    const body = [data.fingerprint, data.revision, state.variant, mask.toString(16).toUpperCase(), total].join("-");
    return { code: body + "-" + checksum(body), variant, leftOut, total };
  }

  // ---- The page ----

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function row(body, line, label, amount, className) {
    const tr = element("tr", { "data-line": line });
    if (className) {
      tr.className = className;
    }
    tr.append(element("th", { scope: "row" }, label), element("td", { class: "num" }, amount));
    body.append(tr);
  }

  function renderItems() {
    const body = document.getElementById("proposal-items");
    body.replaceChildren();
    const variant = data.variants[state.variant];
    variant.items.forEach((item, i) => {
      const kept = !item.optional || state.kept[state.variant][i];
      const tr = element("tr", { "data-line": "item-" + i, "data-state": kept ? "in" : "out" });
      tr.className = kept ? "in" : "out";
      const name = element("th", { scope: "row" });
      if (item.optional) {
        const id = "proposal-option-" + state.variant + "-" + i;
        const box = element("input", { type: "checkbox", id: id, "aria-label": item.switchLabel });
        box.checked = kept;
        box.addEventListener("change", () => {
          state.kept[state.variant][i] = box.checked;
          update();
          document.getElementById(id).focus();
        });
        name.append(box, element("label", { for: id }, item.label));
      } else {
        name.textContent = item.label;
      }
      tr.append(name, element("td", { class: "state" }, kept ? labels.included : labels.excluded),
        element("td", { class: "num" }, money(BigInt(item.minor))));
      body.append(tr);
    });
    (variant.dropped || []).forEach((label, i) => {
      const tr = element("tr", { "data-line": "dropped-" + i, "data-state": "out", class: "out" });
      tr.append(element("th", { scope: "row" }, label), element("td", { class: "state" }, labels.notInVariant),
        element("td", { class: "num" }, ""));
      body.append(tr);
    });
  }

  function renderPrice() {
    const result = price(state.variant, state.kept[state.variant]);
    const chain = result.chain;
    const body = document.getElementById("proposal-price");
    body.replaceChildren();
    row(body, "subtotal", labels.subtotal, money(chain.subtotal));
    if (data.contingencyShown) {
      row(body, "contingency", labels.contingency, money(chain.contingency));
    }
    data.adjustments.forEach((adjustment, i) => {
      row(body, "adjustment-" + i, adjustment.label, signed(chain.adjustments[i]));
    });
    row(body, "net", labels.net, money(chain.net), "group");
    if (data.tax) {
      row(body, "tax", data.tax.label, money(chain.tax));
    }
    row(body, "total", labels.grandTotal, money(chain.total), "total");
    const onApproval = document.getElementById("proposal-on-approval");
    onApproval.hidden = data.contingencyBilling !== "on-approval";
    if (!onApproval.hidden) {
      row(body, "billed", labels.billed, money(result.billed));
      // BilledPrice: what waits for approval is the price less what is invoiced (tax included).
      onApproval.textContent = fill(data.texts.onApproval, money(chain.contingency), money(chain.total - result.billed),
        money(result.billed));
    }
    const milestones = document.getElementById("proposal-milestones");
    milestones.replaceChildren();
    data.milestones.forEach((milestone, i) => {
      const tr = element("tr", { "data-line": "milestone-" + i });
      tr.append(element("th", { scope: "row" }, milestone.name), element("td", { class: "num" }, milestone.percentText),
        element("td", { class: "num" }, money(result.milestones[i])));
      milestones.append(tr);
    });
    document.getElementById("proposal-total").textContent = labels.grandTotal + ": " + money(chain.total);
    renderRange();
    renderRecurring(chain.total);
  }

  // "{0} over the budget": a text of the document with its blanks filled in.
  function fill(template, ...values) {
    return template.replace(/\{(\d)\}/g, (all, n) => values[Number(n)]);
  }

  function renderRange() {
    const paragraph = document.getElementById("proposal-range");
    const scenarios = range(state.variant, state.kept[state.variant]);
    // As the price section: only where the selection's total is uncertain.
    paragraph.hidden = !data.range.shown || scenarios.optimistic === scenarios.pessimistic;
    paragraph.textContent = paragraph.hidden ? ""
      : fill(data.texts.threePointSimulated, money(scenarios.optimistic), money(scenarios.pessimistic));
  }

  function renderRecurring(oneTime) {
    const figures = recurring(state.variant, oneTime);
    const body = document.getElementById("proposal-recurring");
    body.replaceChildren();
    document.getElementById("proposal-recurring-box").hidden = figures.charges.length === 0;
    if (figures.charges.length === 0) {
      return;
    }
    // Two columns, so that a phone shows the amounts: the line's detail goes under its label.
    const line = (name, label, detail, amount, className) => {
      const tr = element("tr", { "data-line": name });
      if (className) {
        tr.className = className;
      }
      const th = element("th", { scope: "row" }, label);
      if (detail !== "") {
        th.append(element("br"), element("span", { class: "proposal-detail" }, detail));
      }
      tr.append(th, element("td", { class: "num" }, amount));
      body.append(tr);
    };
    figures.charges.forEach((charge, i) => {
      line("charge-" + i, charge.label, charge.charges + " \u00d7 " + money(BigInt(charge.perChargeMinor)),
        money(BigInt(charge.termMinor)));
    });
    figures.perPeriod.forEach((amount, every) => {
      line("every-" + every, data.texts["every." + every], data.texts.perCharge, money(amount), "group");
    });
    line("one-time", data.texts.oneTime, "", money(oneTime));
    line("recurring", data.texts.recurringTotal, "", money(figures.overTerms));
    line("tco", data.texts.tco, "", money(figures.tco), "total");
  }

  function renderBudget() {
    const box = document.getElementById("proposal-fit");
    const input = document.getElementById("proposal-budget");
    box.replaceChildren();
    if (input.value.trim() === "") {
      input.removeAttribute("aria-invalid");
      return;
    }
    const budget = parseBudget(input.value);
    if (budget === null) {
      input.setAttribute("aria-invalid", "true");
      box.append(element("p", { class: "proposal-invalid" }, data.texts.budgetInvalid));
      return;
    }
    input.removeAttribute("aria-invalid");
    const t = data.texts;
    const quote = BigInt(data.fit.quoteMinor);
    box.append(element("h3", { id: "proposal-fit-title" }, fill(t.budgetTitle, money(budget))));
    box.append(element("p", { id: "proposal-fit-intro" }, quote <= budget
      ? fill(t.budgetIntroWithin, money(budget), t.budgetBasis, money(quote))
      : fill(t.budgetIntro, money(budget), t.budgetBasis, money(quote), money(quote - budget))));
    box.append(element("p", {}, t.budgetHow));
    const result = budgetFit(budget);
    if (!result.fits) {
      box.append(element("p", { class: "proposal-nothing", id: "proposal-fit-nothing" }, fill(t.budgetNothingFits, money(budget))));
    }
    const list = element("ol", { id: "proposal-fit-list", class: "proposal-fit-list", "aria-labelledby": "proposal-fit-title" });
    result.list.forEach(candidate => {
      const variant = data.variants[candidate.variant];
      const titles = candidate.positions.map(j => variant.items[candidate.optional[j]].title);
      const name = titles.length === 0 ? variant.fit.name
        : fill(t.budgetWithout, variant.fit.name, titles.join(t.listSeparator));
      const li = element("li", { "data-variant": String(candidate.variant), "data-dropped": String(candidate.dropped) });
      li.fitSelection = { variant: candidate.variant, kept: candidate.kept.slice() };
      const head = element("p", { class: "proposal-fit-name" });
      head.append(element("strong", {}, name), " ", element("span", { class: "proposal-fit-amount" }, money(candidate.total)));
      li.append(head);
      const notes = [];
      if (candidate.total > budget) {
        notes.push(fill(t.budgetOver, money(candidate.total - budget)));
      }
      if (variant.fit.givesUp && variant.fit.givesUp.trim() !== "") {
        notes.push(fill(t.budgetGivesUp, variant.fit.givesUp));
      }
      if (titles.length > 0) {
        notes.push(fill(t.budgetLeavesOut, fill(t.sentence, titles.join(t.listSeparator))));
      }
      if (variant.fit.gains && variant.fit.gains.trim() !== "") {
        notes.push(fill(t.budgetGains, variant.fit.gains));
      }
      if (quote - candidate.total > 0n) {
        notes.push(fill(t.budgetSaving, money(quote - candidate.total)));
      }
      notes.forEach(note => li.append(element("p", { class: "proposal-fit-note" }, note)));
      const choose = element("button", { type: "button", class: "proposal-fit-choose",
        "aria-label": t.budgetChoose + ": " + name }, t.budgetChoose);
      choose.addEventListener("click", () => {
        state.variant = candidate.variant;
        state.kept[candidate.variant] = candidate.kept.slice();
        document.querySelectorAll("#proposal-variants input[type=radio]").forEach((radio, i) => {
          radio.checked = i === candidate.variant;
        });
        update();
        document.getElementById("proposal-price-title").scrollIntoView();
        document.querySelectorAll("#proposal-variants input[type=radio]")[candidate.variant].focus();
      });
      li.append(choose);
      list.append(li);
    });
    box.append(list);
    markCurrentWay();
  }

  /** Marks the listed way that is the selection chosen above, if one is (not a paragraph: not part of the way's text). */
  function markCurrentWay() {
    document.querySelectorAll("#proposal-fit-list li").forEach(li => {
      const way = li.fitSelection;
      const current = way.variant === state.variant
        && way.kept.every((kept, i) => kept === state.kept[state.variant][i]);
      const marker = li.querySelector(".proposal-fit-current");
      if (current && !marker) {
        li.prepend(element("div", { class: "proposal-fit-current" }, data.texts.budgetCurrent));
      } else if (!current && marker) {
        marker.remove();
      }
      li.classList.toggle("current", current);
    });
  }

  function update() {
    document.querySelectorAll("#proposal-variants label").forEach((label, i) => {
      label.classList.toggle("chosen", i === state.variant);
    });
    renderItems();
    renderPrice();
    markCurrentWay();
    // A code belongs to the selection it was made for: a new choice withdraws it.
    document.getElementById("proposal-code-box").hidden = true;
    document.getElementById("proposal-code").textContent = "";
  }

  document.querySelectorAll("#proposal-variants input[type=radio]").forEach(radio => {
    radio.addEventListener("change", () => {
      state.variant = Number(radio.value);
      update();
    });
  });
  if (data.fit.available) {
    document.getElementById("proposal-budget-box").hidden = false;
    document.getElementById("proposal-budget-find").addEventListener("click", renderBudget);
    document.getElementById("proposal-budget").addEventListener("keydown", event => {
      if (event.key === "Enter") {
        renderBudget();
      }
    });
  }
  document.getElementById("proposal-accept").addEventListener("click", () => {
    const accepted = acceptance();
    document.getElementById("proposal-code").textContent = accepted.code;
    // What the code accepts, in words: the scope, the optional items left out, the total.
    document.getElementById("proposal-code-summary").textContent = fill(data.texts.codeSummary, accepted.variant.name,
      accepted.leftOut.length ? accepted.leftOut.join(data.texts.listSeparator) : data.texts.codeNothingLeftOut,
      money(accepted.total));
    const box = document.getElementById("proposal-code-box");
    box.hidden = false;
    box.focus();
  });
  panel.hidden = false;
  update();
})();
