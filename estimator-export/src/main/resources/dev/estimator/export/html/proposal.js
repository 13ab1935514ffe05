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

  // The price of the current selection: SelectionCalculator.price.
  function price(variantIndex, kept) {
    const variant = data.variants[variantIndex];
    let subtotal = 0n;
    variant.items.forEach((item, i) => {
      if (!item.optional || kept[i]) {
        subtotal += BigInt(item.minor);
      }
    });
    const contingency = variant.contingencyPercent !== undefined
      ? percentOf(subtotal, variant.contingencyPercent) : BigInt(variant.contingencyMinor);
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

  function acceptanceCode() {
    const variant = data.variants[state.variant];
    let mask = 0n;
    let bit = 0n;
    variant.items.forEach((item, i) => {
      if (item.optional) {
        if (state.kept[state.variant][i]) {
          mask |= 1n << bit;
        }
        bit += 1n;
      }
    });
    const total = price(state.variant, state.kept[state.variant]).chain.total;
    const body = [data.fingerprint, data.revision, state.variant, mask.toString(16).toUpperCase(), total].join("-");
    return body + "-" + checksum(body);
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
    if (data.contingencyBilling === "on-approval") {
      row(body, "billed", labels.billed, money(result.billed));
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
  }

  function update() {
    document.querySelectorAll("#proposal-variants label").forEach((label, i) => {
      label.classList.toggle("chosen", i === state.variant);
    });
    renderItems();
    renderPrice();
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
  document.getElementById("proposal-accept").addEventListener("click", () => {
    document.getElementById("proposal-code").textContent = acceptanceCode();
    const box = document.getElementById("proposal-code-box");
    box.hidden = false;
    box.focus();
  });
  panel.hidden = false;
  update();
})();
