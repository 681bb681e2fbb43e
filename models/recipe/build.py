"""Rebuild the shipped classifier models: ``make models`` runs this.

1. Generate the corpus (``corpus.py``) and read every message with the app's own parser
   (``mail.parse.parse_message``), so training sees exactly what the app sees.
2. Cross-validate the layouts in ``LAYOUTS`` (``single``: one 8-class model; ``two_stage``:
   job-vs-not, then the category of job mail) BY FAMILY on the training families only
   (``crossval.py``): the out-of-fold figures choose the layout and fit the confidence map.
   The eval split plays no part in any choice.
3. Train the chosen layout on the training families (the hand-written wild set among them,
   ``wild_set.py``), export to ONNX, run it through the real runtime
   (``intel.classifier.Classifier``) on the eval families and the hand-written blind set
   (reported, never used to choose), and write the ``.onnx`` files, ``manifest.json``
   (SHA-256 of each file, label order, feature version, confidence map) and ``EVAL.md``.

Deterministic: no dates or random state in the outputs; the same code writes the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import corpus_file  # noqa: E402
import crossval  # noqa: E402
import evaluate  # noqa: E402
import onnx_graph  # noqa: E402
import train  # noqa: E402
import wild_set  # noqa: E402

from applytrack_desktop.intel import rules  # noqa: E402
from applytrack_desktop.intel.classifier import MANIFEST, Classifier  # noqa: E402
from applytrack_desktop.intel.features import FEATURE_VERSION, feature_text  # noqa: E402
from applytrack_desktop.mail.message import MailMessage  # noqa: E402
from applytrack_desktop.mail.parse import parse_message  # noqa: E402

FILES = {
    "single": {"category": "classifier-single.onnx"},
    "two_stage": {"job": "classifier-job.onnx", "category": "classifier-category.onnx"},
    "blend": {"job": "classifier-job.onnx", "category": "classifier-category.onnx"},
}


# The layouts cross-validated. ``two_stage`` runs the category model only on mail that may be
# about a job (half the work on a real mailbox) and is the layout the app ships; ``single``
# (one 8-class model) was within noise of it on the cross-validation of this recipe (macro-F1
# 0.882 vs 0.878, job precision 0.947 vs 0.943, recall 0.980 vs 0.981), so it is left out to
# halve the build time. Add it back here to compare again. ``blend`` (the category model
# trained on all eight categories, its P(not not_job) joining the job model's P(job) in the
# job decision) beat ``two_stage`` on the cross-validation of feature version 7: job precision
# 0.984 -> 0.985 at recall 0.976 -> 0.975, macro-F1 0.925 -> 0.927 (job weight 0.6); its
# weight grid holds 1.0, the job model alone, and two_stage costs a build of its own, so it is
# left out too.
LAYOUTS: tuple[str, ...] = ("blend",)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_layout(
    layout: str,
    rows: Sequence[dict[str, object]],
    texts: Sequence[str],
    out_dir: Path,
    calibration: dict[str, list[float]],
    cut: float | None,
    weight: float = 1.0,
    role_cut: float | None = None,
) -> dict[str, object]:
    """Fit one layout on the training rows and write its files + manifest into ``out_dir``."""
    train_idx = [i for i, r in enumerate(rows) if r["split"] == "train"]
    fams = sorted({(str(rows[i]["family"]), str(rows[i]["category"])) for i in train_idx})
    calib = train.calibration_families(fams)
    entries: dict[str, dict[str, object]] = {}
    info: dict[str, object] = {}
    jobs: list[tuple[str, list[int], list[str]]] = []
    if layout in ("single", "blend"):
        jobs.append(("category", train_idx, [str(rows[i]["category"]) for i in train_idx]))
    if layout == "blend":
        labels = ["not_job" if rows[i]["category"] == "not_job" else "job" for i in train_idx]
        jobs.insert(0, ("job", train_idx, labels))
    elif layout == "two_stage":
        jobs.append(
            (
                "job",
                train_idx,
                ["not_job" if rows[i]["category"] == "not_job" else "job" for i in train_idx],
            )
        )
        job_idx = [i for i in train_idx if rows[i]["category"] != "not_job"]
        jobs.append(("category", job_idx, [str(rows[i]["category"]) for i in job_idx]))
    for role, idx, labels in jobs:
        fitted = train.fit(
            [texts[i] for i in idx],
            labels,
            [str(rows[i]["family"]) for i in idx],
            calib,
            train.JOB_CLASS_WEIGHT if role == "job" else train.CLASS_WEIGHT,
            train.JOB_LEARNER if role == "job" else "lr",
        )
        if role == "job" and cut is not None and layout == "two_stage":
            fitted = train.fold_cut(fitted, "job", cut)
        data = train.to_onnx(fitted)
        name = FILES[layout][role]
        (out_dir / name).write_bytes(data)
        entries[role] = {"file": name, "sha256": _sha(data), "labels": fitted.labels}
        learner = train.JOB_LEARNER if role == "job" else "lr"
        info[role] = {
            "learner": learner,
            "C": fitted.c,
            "temperature": fitted.temperature,
            "decision_cut": round(fitted.threshold, 2),
            "vocabulary": len(fitted.pipeline.named_steps["tfidf"].vocabulary_),
            "bytes": len(data),
        }
    manifest = {
        "layout": layout,
        "feature_version": FEATURE_VERSION,
        "models": entries,
        "training": info,
        "calibration": calibration,
        "corpus_sha256": corpus_file.sha256(),
        "features_sha256": corpus_file.features_sha256(texts),
    }
    if layout == "blend":
        manifest["blend"] = {"job_weight": weight, "cut": cut, "role_cut": role_cut or cut}
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    # Both blend models share one TF-IDF (same texts, same vocabulary): one graph tokenizes
    # once for both (the same probabilities, half the work).
    if layout == "blend" and onnx_graph.merge_shipped(out_dir):
        manifest = json.loads((out_dir / MANIFEST).read_text())
    return manifest


def predict(
    directory: Path, messages: Sequence[MailMessage], use_rules: bool = True
) -> tuple[list[str], list[float]]:
    clf = Classifier.load(directory, use_rules=use_rules)
    preds = clf.predict_many(messages)
    return [p.category.value for p in preds], [p.confidence for p in preds]


def main() -> None:
    corpus.main()
    rows = corpus_file.rows()
    messages = [parse_message(str(r["eml"]).encode("utf-8")) for r in rows]
    wild_rows, wild_messages = wild_set.training()
    rows += wild_rows
    messages += wild_messages
    texts = [feature_text(m) for m in messages]
    eval_idx = [i for i, r in enumerate(rows) if r["split"] == "eval"]
    truth = [str(rows[i]["category"]) for i in eval_idx]
    eval_msgs = [messages[i] for i in eval_idx]
    blind_msgs, blind_truth, blind_names = wild_set.blind()

    cv: dict[str, evaluate.Report] = {}
    tables: dict[str, dict[str, list[float]]] = {}
    cuts: dict[str, float | None] = {}
    role_cuts: dict[str, float | None] = {}
    weights: dict[str, float] = {}
    tried: dict[str, evaluate.Report] = {}  # every blend weight, for EVAL.md

    def score(r: evaluate.Report) -> float:
        return r.macro_f1 + min(r.job_precision, r.job_recall)

    def weight_score(r: evaluate.Report) -> float:
        # The cut holds recall at JOB_RECALL for every weight, so min(precision, recall) is
        # that recall whatever the weight: the weight is chosen on precision and macro-F1.
        return r.macro_f1 + r.job_precision

    for layout in LAYOUTS:
        raw = crossval.raw_out_of_fold(layout, rows, texts)
        candidates = crossval.WEIGHTS if layout == "blend" else (1.0,)
        best: tuple[float, float, float | None, float | None, crossval.OutOfFold] | None = None
        named = crossval.role_flags(raw, messages) if layout == "blend" else None
        for weight in candidates:
            combined = crossval.blended(raw, weight) if layout == "blend" else raw
            role_cut: float | None = None
            if named is not None:
                cut, role_cut = crossval.choose_cuts(combined, named)
            else:
                cut = crossval.choose_cut(combined) if layout != "single" else None
            oof = crossval.out_of_fold(combined, messages, cut, role_cut, named)
            report = evaluate.report(oof.truth, oof.pred, oof.conf)
            if layout == "blend":
                tried[f"blend, job weight {weight:g}, cuts {cut} / {role_cut}"] = report
            print(
                "cross-validated", layout, weight, "cuts", cut, role_cut, evaluate._summary(report)
            )
            # On a tie the earlier weight (the grid leans on both models first).
            if best is None or weight_score(report) > best[0] + 1e-9:
                best = (weight_score(report), weight, cut, role_cut, oof)
        assert best is not None
        _, weights[layout], cuts[layout], role_cuts[layout], oof = best
        tables[layout] = crossval.calibration_map(oof)
        cv[layout] = evaluate.report(oof.truth, oof.pred, oof.conf)

    # Chosen on the training families alone; on a tie the first (the cheaper) layout.
    chosen = max(LAYOUTS, key=lambda name: score(cv[name]))
    results: dict[str, evaluate.Report] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for layout in (chosen,):  # the other layout lost on the training families
            directory = Path(tmp) / layout
            directory.mkdir()
            build_layout(
                layout,
                rows,
                texts,
                directory,
                tables[layout],
                cuts[layout],
                weights[layout],
                role_cuts[layout],
            )
            results[layout] = evaluate.report(truth, *predict(directory, eval_msgs))
            print(layout, evaluate._summary(results[layout]))
        final = Path(tmp) / chosen
        manifest = json.loads((final / MANIFEST).read_text())
        for old in MODELS.glob("classifier-*.onnx"):
            old.unlink()
        for entry in manifest["models"].values():
            (MODELS / entry["file"]).write_bytes((final / entry["file"]).read_bytes())
        (MODELS / MANIFEST).write_text((final / MANIFEST).read_text())

    shipped = results[chosen]
    # The held-out figure before 2026-11-27's new families joined the eval split, so the
    # headline can be compared with the figures reported before them.
    then_eval = corpus.families_held_out_then()
    then_idx = [k for k, i in enumerate(eval_idx) if rows[i]["family"] in then_eval]
    then_pred, then_conf = predict(MODELS, [eval_msgs[k] for k in then_idx])
    shipped_then = evaluate.report([truth[k] for k in then_idx], then_pred, then_conf)
    print("shipped, families held out on 2026-11-27", evaluate._summary(shipped_then))
    no_rules = evaluate.report(truth, *predict(MODELS, eval_msgs, use_rules=False))
    ablation: dict[str, evaluate.Report] = {}
    blind_ablation: dict[str, evaluate.Report] = {}
    all_rules = rules.RULES
    try:
        for rule in all_rules:
            rules.RULES = tuple(r for r in all_rules if r is not rule)
            ablation[rule.__name__] = evaluate.report(truth, *predict(MODELS, eval_msgs))
            if blind_msgs:
                blind_ablation[rule.__name__] = evaluate.report(
                    blind_truth, *predict(MODELS, blind_msgs)
                )
    finally:
        rules.RULES = all_rules
    blind = blind_nr = None
    mistakes: list[str] = []
    if blind_msgs:
        pred, conf = predict(MODELS, blind_msgs)
        blind = evaluate.report(blind_truth, pred, conf)
        blind_nr = evaluate.report(blind_truth, *predict(MODELS, blind_msgs, use_rules=False))
        mistakes = [
            f"`{n}`: {t} -> {p} ({c:.2f})"
            for n, t, p, c in zip(blind_names, blind_truth, pred, conf, strict=True)
            if t != p
        ]
        print("blind", evaluate._summary(blind))
    counts = Counter((str(r["category"]), str(r["split"])) for r in rows)
    split = corpus.split_of_families()
    fam_counts = Counter((f.category, split[f.name]) for f in corpus.kit.REGISTRY)
    # The wild set's families are training families too (``wild_set.py``).
    wild_families = {(str(r["family"]), str(r["category"])) for r in wild_rows}
    fam_counts.update((category, "train") for _, category in wild_families)
    meta: dict[str, object] = {
        "layout (chosen by cross-validated macro-F1 + min(job precision, recall) on the "
        "training families)": f"`{chosen}`",
        "features": f"`intel.features.feature_text`, version {FEATURE_VERSION}: words, "
        "subject words again with a prefix, sender and header markers (platform, personal "
        "mailbox provider, sending-domain words but never the reserved `example`/`test` "
        "names, bulk headers, calendar), quoted earlier messages cut (Gmail, Outlook, "
        "French/German/Spanish clients), English glosses of "
        "French/German/Spanish/Italian/Dutch/Portuguese/Swedish/Danish/Norwegian/Polish job "
        "words (since version 9 also of Japanese, Chinese and Korean words, found as "
        "substrings since those scripts put no spaces between words: `intel.glosses_cjk`; "
        "before, such mail reached the models as its sender and headers alone), and one "
        "marker word per "
        "cue lexicon (`intel.cues`: rejection, regret, interview, scheduling, assessment, "
        "offer, pay, outreach, confirmation, review, status, onboarding, checks, portal; "
        "job alerts, bulk-mail footers, media, housing, finance, school, immigration, "
        "insurance, shopping, events, developer tools, employer HR, personal, the reader on "
        "the hiring side, someone else's job news, social-network activity, sales pitches, "
        "government services, moving on to a later stage, job-board read receipts, "
        "marketing offers, someone interviewing the reader for research or a podcast, plans "
        "among friends; since version 6 also health and care appointments, appointments for "
        "the car, home or hair, pet adoption, academic publishing, account-security notices, "
        "'no news means no' receipts, and everyday look-alike phrases in the other languages, "
        "`intel.cues_world`; since version 7 a service's booking (dentist, garage, salon: the "
        "change-or-cancel close), marketplace offers between buyers and sellers, the "
        "interviewer's itinerary, the hiring manager's own applicant notices, staffing and "
        "vendor pitches, press interviews, clubs' trials, and no phrase that leans on a "
        "one-letter word, which normalisation drops; since version 8 no bare 'prijs' (the "
        "Dutch vacancy footer 'niet op prijs gesteld' read as shopping), 'sucesso' or "
        "'more matches the' (a bank's wishes and a job board's pitch read as a rejection's "
        "close); since version 10 no school cue for an institution's name (schools employ "
        "teachers) and no bare 'dag' (the Nordic 'day') as an Airflow DAG) found in the "
        "subject or body, plus one "
        "shared marker whenever any look-alike cue is found (a kind of everyday mail the "
        "corpus rarely shows borrows the evidence of all the others); since version 10 the "
        "letters Unicode does not decompose (ø, ł, æ, œ) fold to ASCII instead of vanishing "
        "('søknad' was 'sknad', so no Danish or Norwegian gloss fired); since version 11 a "
        "marker for mail that speaks of candidates in the third person ('4 CVs for your "
        "vacancy', 'Kandidaten') and never addresses the reader as one, and one for mail "
        "that does ('your application', 'votre candidature'); since version 12 the hiring-stage "
        "cues in 14 more European languages (`intel.cues_langs`), the hiring side's cues and "
        "both person markers in 13 more (`intel.cues_hiring`), and the cues of Japanese, "
        "Chinese and Korean phrasings (`intel.cues_cjk`), and the receipt's 'if you do not hear "
        "from us' close in more words and languages; since version 13 the look-alike cues in "
        "the same 14 European languages, from the tenant's, customer's, student's and member's "
        "side (`intel.cues_aside_eu`), eight look-alike kinds that borrow hiring words "
        "(tenders, investors, castings, sports trials, elections, contests, literary agents, "
        "community programmes: `intel.cues_aside_new`), and the receipt's close with words "
        "between its parts; since version 14 what a candidate receives around the stages "
        "(interview logistics, the applicant's portal account, onboarding, pre-start checks) in "
        "13 European languages (`intel.cues_jobside`), and a work tool's welcome series as a "
        "developer-tools look-alike; since version 15 the platform markers come from the "
        "company extractor's table (`intel.platform_table`: 208 platforms, was 51, each with a "
        "kind: ATS, job board, assessment, video interview, background screening, scheduling, "
        "e-signature, meeting), also for the corpus's reserved-name stand-ins "
        "(`hellowork.example`); since version 16 the quoted history of replies is cut in "
        "Italian, Dutch, Portuguese, Nordic and Polish mail too (Gmail's 'wrote' lines, "
        "Outlook's header blocks and separators), as the extractors cut it; since version 17 "
        "26 more platforms (233): regional applicant tracking systems (eRecruiter, Traffit, "
        "HRMOS, HERP, Greeting, NineHire, InRecruiting, HR Manager, Varbi, ReachMee, "
        "Webcruiter, Recman, Beetween, rexx, Umantis, Jobtoolz, Occupop, TRAC, Vincere, "
        "ApplicantStack, CATS, Apploi, Workstream, JobAps) and the UK's uCheck; since "
        "version 18 seven more (240: Careers@Gov, eFinancialCareers, Darwinbox, Keka, "
        "AuthBridge, Referoo, TalentEd Hire), Dropbox Sign's and Computrabajo's country "
        "domains, and a From header whose display name holds an unquoted '@' keeps "
        "its real address ('Careers@Gov <no-reply@careers.gov.sg>' had read as "
        "'careers@gov'); since version 19 three more (243: Recrutei, IrishJobs.ie, Jobs.ie) "
        "and more domains of known ones (Sólides, TalentEd, Willo, pymetrics); since "
        "version 20 six more (249: PNet, CareerJunction, MIE, Jobandtalent, Talentclue, "
        "Harri) and Zoho Recruit's Australian domain; since version 21 seventeen more (266: "
        "Central and Eastern Europe's, Turkey's, Greece's, Finland's and Southeast Asia's "
        "boards, Clicksign, Scrive, Yousign, Refapp, Emply, Laura, Teamio), InRecruiting's "
        "own domain, and English glosses of Afrikaans job words; since version 22 the hiring "
        "side's cues with a slot for a role's name ('5 CVs for your Electrical Engineer "
        "vacancy', `intel.cues_slots`) and of agencies' terms, boards' notices to employers "
        "and references about a former colleague, and four more platforms (269: "
        "BrighterMonday, Fuzu, Jobillico, Persol Career); since version 23 seven more "
        "(276: ITJobs.pt, Wanted, Rocketpunch, Remember, Jobberman, MyJobMag, JobScout24) and "
        "Zoho Recruit's Indian domain",
        "vectoriser": f"TF-IDF, word 1-2-grams, binary tf; a term is kept only when at least "
        f"{train.MIN_DF} messages from at least {train.MIN_FAMILIES} template families use "
        f"it (a phrase of one template cannot generalise) and it holds none of the "
        f"corpus's made-up people or employer domains ({len(train.NAME_WORDS)} words); at most "
        f"{train.MAX_FEATURES:,} terms; the idf of cue marker words is multiplied by "
        f"{train.CUE_BOOST:g}",
        "classifier": "the category model a logistic regression, class-balanced; the job model "
        f"({train.JOB_LEARNER}) "
        + (
            f"a small neural network (one hidden layer of {train.MLP_HIDDEN} ReLU units over "
            f"the same TF-IDF, L2 penalty {train.MLP_ALPHA:g}, {train.MLP_EPOCHS} epochs of "
            "Adam, seeded), which can weigh evidence in conjunction (an 'offer' from a "
            "personal mailbox, an 'interview' naming no role) where a linear model only adds "
            "it up"
            if train.JOB_LEARNER == "mlp"
            else "a logistic regression"
        )
        + ", on the corpus's own mix; within both, every template family weighs the same "
        "whatever its size; temperature folded into the (output layer's) weights; in the "
        "`blend` layout the category model is trained on all eight categories, `not_job` "
        "included",
        "job decision": "`blend`: P(job) is a weighted mean of the log-odds of the job "
        "model's P(job) and of the category model's P(not not_job) (the weight, from "
        f"{', '.join(f'{w:g}' for w in crossval.WEIGHTS)}, 1 being the job model alone, chosen "
        "by cross-validated macro-F1 + job precision, the cut holding the recall: "
        f"{weights[chosen]:g}); then the highest cut on it that keeps "
        f"job-related recall >= {crossval.JOB_RECALL} on the cross-validated training "
        f"families (below; the issue asks 0.97 on held-out families, {crossval.JOB_RECALL} "
        "leaves a margin: at that cut the four folds kept 0.969-0.980 in the feature-v7 "
        "cross-validation) is applied by the classifier (`two_stage` folds it into the job "
        f"model's intercept): cut {cuts[chosen]}; since 2026-11-27 a second, lower cut "
        f"({role_cuts[chosen]}) for mail that names the role it is about (the title "
        "extractor finds one, `intel.role_named`: out of fold about 0.5% of such mail kept "
        "as job mail was not about a job, against about 5% of the mail naming none), the "
        "pair with the best job precision at that recall. Both models are refit on all "
        "training families",
        "confidence": "the top-class probability (after the rules) goes through an isotonic "
        f"map fitted on the out-of-fold predictions ({crossval.FOLDS} family folds of the "
        f"training split), capped at {crossval.CONFIDENCE_CAP}; the other classes share the "
        "rest in proportion (`manifest.json` `calibration`)",
    }
    for role, info in manifest["training"].items():
        meta[f"`{role}` model"] = ", ".join(f"{k} {v}" for k, v in info.items())
    evaluate.write_eval_md(
        str(MODELS / "EVAL.md"),
        counts,
        fam_counts,
        meta,
        shipped,
        no_rules,
        ablation,
        blind_ablation,
        blind,
        blind_nr,
        mistakes,
        {**cv, **tried},
        chosen,
        len(wild_rows),
        len(wild_families),
        wild_set.FAMILY_SIZE,
        shipped_then,
    )
    print("shipped", chosen, evaluate._summary(shipped))


if __name__ == "__main__":
    main()
