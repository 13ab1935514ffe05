package dev.estimator.export.pdf;

import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.Basis;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Client;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Confidence;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.CostImpact;
import dev.estimator.core.model.CostRange;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Exclusion;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Owner;
import dev.estimator.core.model.Party;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Revision;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Tax;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Realistic estimates built in code, in English (EUR), Italian (EUR) and Japanese (JPY), with
 * every part the PDF explains: nested groups, three-point and optional items, assumptions with
 * impacts, exclusions, risks, contingency, a discount, tax, milestones, alternatives, a revision
 * note and internal figures.
 */
public final class PdfFixtures {

    public static final String CANARY_NOTES = "LEAKCANARY-7731";
    public static final BigDecimal CANARY_TARGET = new BigDecimal("987654.32");
    public static final BigDecimal CANARY_WALK_AWAY = new BigDecimal("876543.21");
    public static final BigDecimal CANARY_ROLE_COST = new BigDecimal("4321.98");
    public static final BigDecimal CANARY_UNIT_COST = new BigDecimal("1234.57");

    private final String language;

    private PdfFixtures(String language) {
        this.language = language;
    }

    /** The fixture in {@code en}, {@code it} or {@code ja}. */
    static Estimate estimate(String language) {
        return new PdfFixtures(language).build(null);
    }

    /** The English fixture whose internal figures are the distinctive canary values of the leak test. */
    public static Estimate canary() {
        return new PdfFixtures("en").build(new InternalSection(CANARY_TARGET, CANARY_WALK_AWAY, new BigDecimal("7.5"),
                CANARY_NOTES + " client compares us with one other agency"));
    }

    /** The text in this fixture's language. */
    private String t(String en, String it, String ja) {
        return switch (language) {
            case "it" -> it;
            case "ja" -> ja;
            default -> en;
        };
    }

    /** An amount: EUR figures as given, JPY figures a hundred and fifty times larger and whole. */
    private BigDecimal money(String eur) {
        BigDecimal value = new BigDecimal(eur);
        return "ja".equals(language) ? value.multiply(BigDecimal.valueOf(150)).setScale(0, java.math.RoundingMode.HALF_UP)
                : value;
    }

    private Estimate build(InternalSection internalOverride) {
        boolean japanese = "ja".equals(language);
        Header header = new Header(
                t("Online shop rebuild", "Rifacimento del negozio online", "オンラインショップ再構築"),
                t("Budget authorisation for the 2027 replatforming", "Approvazione del budget per la nuova piattaforma 2027",
                        "2027年の基盤刷新に向けた予算承認"),
                new Client(t("Rossi Outdoor Ltd", "Rossi Outdoor S.r.l.", "山田アウトドア株式会社"), ClientKind.EXTERNAL,
                        t("Giulia Rossi, Head of Digital", "Giulia Rossi, responsabile digitale", "デジタル部長 山田花子")),
                new Party(t("Northwind Digital Ltd", "Northwind Digital S.r.l.", "ノースウィンド・デジタル株式会社"),
                        "quotes@northwind.example"),
                t("Jane Smith", "Luca Bianchi", "佐藤一郎"),
                Currency.getInstance(japanese ? "JPY" : "EUR"), language,
                switch (language) {
                    case "it" -> Locale.ITALY;
                    case "ja" -> Locale.JAPAN;
                    default -> Locale.forLanguageTag("en-IE");
                },
                LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 31),
                new Revision(2, t("Payment provider moved to Stripe after the client's security review (−€4,200).",
                        "Il fornitore dei pagamenti è passato a Stripe dopo la verifica di sicurezza del cliente; perciò l’integrazione costa meno.",
                        "お客様のセキュリティ審査の結果、決済サービスを Stripe に変更しました。")),
                3, null);
        RateCard rates = new RateCard(BigDecimal.valueOf(8), List.of(
                new Role("dev", t("Senior developer", "Sviluppatore senior", "シニア開発者"), money("720"),
                        internalOverride != null ? CANARY_ROLE_COST : money("430"), RatePeriod.DAY),
                new Role("pm", t("Project manager", "Capo progetto", "プロジェクトマネージャー"), money("95"), money("60"),
                        RatePeriod.HOUR)));
        List<Group> breakdown = List.of(
                new Group("discovery", t("Discovery", "Analisi", "要件定義"), t("Workshops and the agreed scope.",
                        "Workshop e definizione dell’ambito.", "ワークショップと範囲の合意。"),
                        List.of(labour("D1", t("Requirements workshops", "Workshop sui requisiti", "要件ワークショップ"),
                                Quantity.of(4), Unit.DAYS, "dev", Basis.HISTORICAL_DATA,
                                t("Four workshops of one day each, as in the last two shops.",
                                        "Quattro workshop di una giornata, come negli ultimi due negozi.",
                                        "過去2件と同様、1日のワークショップを4回実施します。"), List.of("A1"), List.of()),
                                labour("D2", t("Project management", "Gestione del progetto", "プロジェクト管理"),
                                        Quantity.of(40), Unit.HOURS, "pm", Basis.PARAMETRIC,
                                        t("Ten percent of the build effort.", "Il dieci per cento dell’impegno di sviluppo.",
                                                "開発工数の10%。"), List.of(), List.of())),
                        List.of()),
                new Group("build", t("Build", "Realizzazione", "構築"), t("Implementation of the shop.",
                        "Realizzazione del negozio.", "ショップの実装。"),
                        List.of(labour("B1", t("Catalogue and search", "Catalogo e ricerca", "商品カタログと検索"),
                                Quantity.threePoint(BigDecimal.valueOf(8), BigDecimal.valueOf(10), BigDecimal.valueOf(15)),
                                Unit.DAYS, "dev", Basis.HISTORICAL_DATA,
                                t("Three comparable catalogues took 9 to 14 days.",
                                        "Tre cataloghi simili hanno richiesto da 9 a 14 giorni; la qualità è verificata.",
                                        "類似のカタログ3件は9～14日かかりました。"), List.of("A1", "A2"), List.of("R1")),
                                labour("B2", t("Checkout and payments", "Cassa e pagamenti", "決済とチェックアウト"),
                                        Quantity.threePoint(BigDecimal.valueOf(6), BigDecimal.valueOf(8), BigDecimal.valueOf(13)),
                                        Unit.DAYS, "dev", Basis.EXPERT_JUDGMENT,
                                        t("Stripe's hosted checkout keeps the work small.",
                                                "Il checkout ospitato di Stripe riduce il lavoro.",
                                                "Stripe のホスト型決済により作業量を抑えます。"), List.of(), List.of("R1"))),
                        List.of(new Group("integrations", t("Integrations", "Integrazioni", "外部連携"), null,
                                List.of(labour("I1", t("ERP stock sync", "Sincronizzazione magazzino con l’ERP", "ERP 在庫連携"),
                                                Quantity.of(6), Unit.DAYS, "dev", Basis.BENCHMARK,
                                                t("Benchmark of two similar connectors.", "Confronto con due connettori simili.",
                                                        "類似コネクタ2件との比較。"), List.of("A2"), List.of("R1")),
                                        supply("I2", t("Connector licence", "Licenza del connettore", "コネクタのライセンス"),
                                                Category.LICENCE, Quantity.of(12), Unit.MONTHS, money("49.90"),
                                                internalOverride != null ? CANARY_UNIT_COST : money("40"), false)),
                                List.of()))),
                new Group("run", t("Hosting and support", "Hosting e assistenza", "ホスティングと保守"), null,
                        List.of(supply("H1", t("Managed hosting, first year", "Hosting gestito, primo anno", "マネージドホスティング（初年度）"),
                                Category.THIRD_PARTY_SERVICE, Quantity.of(12), Unit.MONTHS, money("95"), money("80"), true)),
                        List.of()));
        List<Assumption> assumptions = List.of(
                new Assumption("A1", t("The client supplies product data in the agreed CSV format.",
                        "Il cliente fornisce i dati dei prodotti nel formato CSV concordato.",
                        "お客様が合意済みの CSV 形式で商品データをご提供ください。"), Owner.CLIENT,
                        t("Data cleansing is not estimated.", "La pulizia dei dati non è stimata.", "データの整備は見積に含みません。"),
                        new CostImpact(List.of("B1"), money("2400"), null, t("About three extra days of import work.",
                                "Circa tre giorni in più di importazione.", "取り込み作業が約3日増えます。"))),
                new Assumption("A2", t("The ERP offers a documented REST API.", "L’ERP offre un’API REST documentata.",
                        "ERP に文書化された REST API があること。"), Owner.CLIENT, null,
                        new CostImpact(List.of("I1"), null, BigDecimal.valueOf(50), t("A file-based interface instead.",
                                "Serve un’interfaccia basata su file.", "ファイル連携が必要になります。"))),
                new Assumption("A3", t("Content is entered by the client's team.", "I contenuti sono inseriti dal team del cliente.",
                        "コンテンツの登録はお客様が行います。"), Owner.CLIENT, null, null));
        List<Exclusion> exclusions = List.of(new Exclusion("X1", t("Product photography.", "Fotografie dei prodotti.",
                "商品写真の撮影。"), t("The client's agency supplies images.", "Le immagini sono fornite dall’agenzia del cliente.",
                "画像はお客様の代理店がご用意します。")));
        List<Risk> risks = List.of(
                new Risk("R1", t("The ERP's API is slower than documented.", "L’API dell’ERP è più lenta di quanto documentato.",
                        "ERP の API が仕様より遅い。"), BigDecimal.valueOf(30),
                        new CostRange(money("1500"), money("4500")), t("Spike in week one.", "Prova tecnica nella prima settimana.",
                        "初週に技術検証を行います。"), List.of("I1")),
                new Risk("R2", t("Late content from the client.", "Contenuti consegnati in ritardo dal cliente.",
                        "お客様からのコンテンツ提供の遅れ。"), BigDecimal.valueOf(20),
                        new CostRange(money("800"), money("2000")), null, List.of()));
        Contingency contingency = new Contingency(ContingencyMethod.PERCENT, BigDecimal.valueOf(8), null,
                t("Covers the expected cost of the listed risks at about 80% confidence.",
                        "Copre il costo atteso dei rischi elencati con una confidenza di circa l’80%.",
                        "記載のリスクの期待費用を約80%の確度でカバーします。"));
        List<Adjustment> adjustments = List.of(new Adjustment("loyalty", AdjustmentKind.DISCOUNT,
                t("Third project together: same rates, loyalty discount.", "Terzo progetto insieme: stesse tariffe, sconto fedeltà.",
                        "3件目のご依頼のため、同じ単価で継続割引を適用します。"), BigDecimal.valueOf(5), null));
        Tax tax = new Tax(t("VAT", "IVA", "消費税"), japanese ? BigDecimal.TEN : BigDecimal.valueOf(22));
        List<Milestone> milestones = List.of(
                new Milestone(t("Signature", "Firma", "契約時"), BigDecimal.valueOf(30), t("On signature", "Alla firma", "ご契約時")),
                new Milestone(t("Go-live", "Messa in produzione", "本番稼働"), BigDecimal.valueOf(70),
                        t("At acceptance", "All’accettazione", "検収時")));
        List<String> terms = List.of(t("Invoices are payable within 30 days.", "Le fatture sono pagabili entro 30 giorni.",
                "請求書は30日以内にお支払いください。"));
        List<Alternative> alternatives = List.of(
                new Alternative("lean", t("Lean launch", "Lancio essenziale", "最小構成での公開"),
                        t("Launch sooner with a smaller scope.", "Partire prima con un ambito ridotto.", "範囲を絞って早期に公開します。"),
                        t("Saves money and two weeks.", "Risparmio e due settimane in meno.", "費用と2週間を節約できます。"),
                        t("No hosting bundle; a simpler search.", "Niente hosting incluso; ricerca più semplice.",
                                "ホスティングは含まれず、検索機能は簡易版です。"), null,
                        List.of(new Change.Drop("H1"), new Change.ChangeQuantity("B1", Quantity.of(8)))),
                new Alternative("saas", t("Hosted catalogue", "Catalogo in SaaS", "SaaS カタログ"),
                        t("Use a hosted catalogue service.", "Usare un servizio di catalogo ospitato.", "ホスト型カタログを利用します。"),
                        t("Faster search out of the box.", "Ricerca più veloce già pronta.", "高速な検索をすぐに利用できます。"),
                        t("A monthly fee; less control.", "Un canone mensile; meno controllo.", "月額費用が発生し、自由度が下がります。"),
                        null, List.of(new Change.Swap("B1", supply("B1b", t("Hosted catalogue SaaS", "Catalogo SaaS ospitato",
                        "ホスト型カタログ SaaS"), Category.LICENCE, Quantity.of(12), Unit.MONTHS, money("300"), null, false)),
                        new Change.ChangeRate("dev", money("680")))));
        InternalSection internal = internalOverride != null ? internalOverride
                : new InternalSection(money("95000"), money("82000"), BigDecimal.valueOf(8),
                        t("Client is comparing us with one other agency.", "Il cliente ci confronta con un’altra agenzia.",
                                "お客様は他社1社と比較中。"));
        return new Estimate(header, rates, breakdown, assumptions, exclusions, risks, contingency, adjustments, tax,
                milestones, terms, alternatives, internal);
    }

    private LineItem labour(String id, String title, Quantity quantity, Unit unit, String role, Basis basis,
                            String reasoning, List<String> assumptions, List<String> risks) {
        return new LineItem(id, title, null, Category.LABOUR, quantity, unit, role, null, null, false,
                new Justification(basis, reasoning, t("Projects NW-118, NW-131", "Progetti NW-118, NW-131", "案件 NW-118、NW-131"),
                        Confidence.MEDIUM, assumptions, risks));
    }

    private LineItem supply(String id, String title, Category category, Quantity quantity, Unit unit, BigDecimal price,
                            BigDecimal cost, boolean optional) {
        return new LineItem(id, title, t("Vendor list price.", "Prezzo di listino del fornitore.", "ベンダーの定価。"),
                category, quantity, unit, null, price, cost, optional,
                new Justification(Basis.VENDOR_QUOTE, t("Vendor quote of October 2026.", "Offerta del fornitore di ottobre 2026.",
                        "2026年10月のベンダー見積。"), null, Confidence.HIGH, List.of(), List.of()));
    }
}
