# ruff: noqa: E501, D103
"""Cervix brachytherapy insertion notes (T&O / ring / interstitial; CT or MRI after insertion)."""

from __future__ import annotations

from . import filler as FL
from . import longtext as LT
from . import phrases as P
from .compose_sim import Sections, _join
from .context import Ctx
from .evidence import Ev, Traps
from .markup import F, M

APPL = [("tandem and ovoids", "T&O", "Fletcher-type tandem {t} cm, 30-degree curve, {o} mm ovoids"),
        ("tandem and ring", "T&R", "tandem {t} cm, 60-degree, {r} mm ring"),
        ("hybrid tandem/ring + needles", "T&R+IS", "tandem {t} cm with {r} mm ring and {k} interstitial needles ({side} parametrium)"),
        ("interstitial template", "ISBT", "Syed-type perineal template, {n} needles, obturator"),
        ("tandem and ovoids", "T&O", "tandem {t} cm, small ovoids with caps ({o} mm)")]


def _contrast_brachy(ctx: Ctx, route: str) -> str:
    if route == "bladder":
        return ctx.pick([f"Foley placed; {F('contrast', 'balloon filled with 7 mL of dilute contrast')}.",
                         f"{F('contrast', 'Dilute contrast')} instilled into the bladder via Foley (50 mL) before scanning.",
                         f"Foley balloon inflated with {F('contrast', '7 cc Omnipaque/saline')}.",
                         f"Se puso Foley con {F('contrast', 'contraste diluido en el balón')}."])
    return ctx.pick([f"Vaginal packing with {F('contrast', 'contrast-soaked gauze')}.",
                     f"{F('contrast', 'Vaginal contrast')} (gauze soaked in dilute contrast) placed to outline the packing.",
                     f"Packing soaked in {F('contrast', 'dilute contrast')} to see it on the scan."])


def _mod_brachy(ctx: Ctx, mod: str, es: bool) -> str:
    template_only = "template" in (getattr(ctx, "applicator", "") or "")
    if mod == "ultrasound" and template_only:
        return ctx.pick([f"Needle depth checked with {M('ultrasound', 'transrectal ultrasound')} during placement.",
                         f"{M('ultrasound', 'TRUS')} used to guide the needles away from the rectal wall."])
    if mod == "CT":
        return ctx.pick([f"Patient transferred on the board to the {M('CT', 'CT scanner')}; 2 mm slices obtained with the applicator in place.",
                         f"{M('CT', 'CT after insertion')} obtained ({ctx.rng.choice(['2', '2.5', '3'])} mm).",
                         f"Post-insertion {M('CT', 'CT')} done in the sim room.",
                         f"Se hizo {M('CT', 'TAC post-inserción')} con el aplicador." if es else f"Planning {M('CT', 'CT')} with applicator in situ."])
    if mod == "MRI":
        return ctx.pick([f"{M('MRI', 'MRI')} (T2 axial/sagittal/coronal) obtained with the applicator in place.",
                         f"Transported to radiology for {M('MRI', 'MRI after insertion')} (MR-conditional applicator).",
                         f"{M('MRI', 'Resonancia post-inserción')} T2, sin problema." if es else f"Post-insertion {M('MRI', 'T2 MRI')} done."])
    if mod == "ultrasound":
        return ctx.pick([f"{M('ultrasound', 'Transabdominal ultrasound')} guided dilation and tandem placement.",
                         f"Uterus sounded under {M('ultrasound', 'US guidance')} to {ctx.rng.randint(5, 8)} cm.",
                         f"Tandem position in the canal confirmed with {M('ultrasound', 'ultrasound')}."])
    return ctx.pick([f"Orthogonal {M('fluoroscopy', 'C-arm fluoroscopy')} images taken at the bedside.",
                     f"{M('fluoroscopy', 'Fluoro')} AP/lateral before transfer."])


def brachy(ctx: Ctx, names: list[str]) -> Sections:
    plan = ctx.plan
    st = plan.style
    es = st == "bilingual"
    reg = {"smarttext": "field", "bilingual": "es"}.get(st, "prose")
    ev = Ev(ctx, reg)
    a_name, a_short, a_desc = ctx.pick(APPL)
    ctx.applicator = a_name
    box = Traps(ctx, names)
    a_desc = a_desc.format(t=ctx.rng.choice([4, 5, 6, 6, 7]), o=ctx.rng.choice([20, 25, 30]), r=ctx.rng.choice([26, 30, 34]),
                           k=ctx.rng.randint(2, 6), n=ctx.rng.randint(10, 18), side=ctx.side)
    k_total = ctx.rng.choice([4, 5, 3])
    k = ctx.rng.randint(1, k_total)
    anesth = ctx.pick(["conscious sedation (midazolam/fentanyl) + paracervical block", "spinal anesthesia", "general anesthesia (LMA)",
                       "IV sedation by anesthesia", "sedación consciente + bloqueo paracervical" if es else "MAC"])
    rat = ev.rat()
    verif = P.feature(ctx, "brachytherapy", reg)
    if "template" in a_name:
        verif = verif.replace("tandem midline, no perforation", "needle tips checked, none in the bladder").replace(
            "tándem en línea media", "agujas sin entrar a vejiga")
    pre_mods = [m for m in plan.modalities if m in ("ultrasound",)]
    post_mods = [m for m in plan.modalities if m not in ("ultrasound",)]
    contrast = [_contrast_brachy(ctx, r) for r in plan.routes]
    area_tok = P.site_token(ctx, "cervix", ["cervix", "cervix (HR-CTV)", "cérvix" if es else "cervix/uterus", "the cervix"])
    area_line = ctx.pick([f"Target: HR-CTV, {area_tok}.", f"Treatment area: {area_tok}.", f"Site: {area_tok} (single target).",
                          f"Área: {area_tok}." if es else f"Treated volume: {area_tok} HR-CTV."])
    gen_traps = box.take("proc")
    hist_traps = box.take("hist")
    plan_traps = box.take("plan")
    copy_fx = k > 1 and ctx.chance(0.35)
    out: Sections = []
    if st == "smarttext":
        out.append(("title", ctx.pick(["BRACHYTHERAPY PROCEDURE NOTE", "HDR GYN INSERTION - TEMPLATE", "Procedure: HDR Brachytherapy (Gyn)"])))
        out.append(("dos", f"Date: {ctx.date(style=1)}   Fraction: {k} of {k_total}"))
        out.append(("dx", f"Diagnosis: {ctx.dx}"))
        out.append(("interp", ctx.pick([f"Interpreter: #{ctx.interp}", "Interpreter: {YES/NO:20012}", f"Interpreter: Spanish, ID {ctx.interp}"])))
        out.append(("anes", f"Anesthesia: {anesth}"))
        out.append(("appl", f"Applicator: {a_name} ({a_desc})"))
        out.append(("why", "Indication for imaging/verification: " + (rat or ctx.pick(["***", "{BRACHY INDICATION:33012}", "standard"]))))
        if not rat:
            box.record("smarttext_unfilled")
        if pre_mods:
            out.append(("guidance", "Insertion guidance: " + _join(_mod_brachy(ctx, m, es) for m in pre_mods)))
        out.append(("imaging", "Imaging after insertion: " + _join([_mod_brachy(ctx, m, es) for m in post_mods])))
        out.append(("contrast", "Bladder/vaginal contrast: " + (_join(contrast) if contrast else ctx.pick(["None", "***", "N/A"]))))
        out.append(("verif", "Applicator verification: " + verif))
        out.append(("target", area_line))
        out.append(("dose", f"Dose: {ctx.pick(['7 Gy', '6 Gy', '5.5 Gy', '8 Gy'])} to HR-CTV D90 goal; OAR D2cc within limits per physics"))
        if gen_traps or hist_traps or plan_traps:
            out.append(("comments", "Comments: " + _join(gen_traps + hist_traps + plan_traps)))
        out.append(("sig", f"{ctx.att} / physics: {ctx.phys}"))
    else:
        head = ctx.pick([f"PROCEDURE NOTE: HDR intracavitary brachytherapy, insertion {k} of {k_total}",
                         f"HDR brachy #{k}/{k_total} - {a_short}", f"Braquiterapia HDR - inserción {k} de {k_total}" if es else f"GYN HDR Insertion ({a_short}) fx {k}",
                         f"Brachytherapy procedure note - fraction {k}"])
        out.append(("header", head + ("\n" + f"{ctx.date()}  {ctx.hospital}" if ctx.chance(0.5) else "")))
        team = [f"Attending: {ctx.att}"]
        if st == "resident_attest" or ctx.chance(0.3):
            team.append(ctx.pick([f"Fellow: {ctx.fellow}", f"Resident: {ctx.res}"]))
        out.append(("team", "; ".join(team)))
        if st == "long":
            out.extend(LT.history_block(ctx)[:6])
            out.extend(LT.paragraphs(ctx)[:3])
        if hist_traps:
            out.append(("hist", _join(hist_traps)))
        desc = []
        consent_line = ctx.pick([f"Consent reviewed via interpreter #{ctx.interp}; time-out performed.",
                                 f"Time-out done. Consentimiento firmado (intérprete #{ctx.interp})." if es else f"Time-out performed with {ctx.rn.split(',')[0]}.",
                                 "Universal protocol followed."])
        desc.append(consent_line)
        desc.append(ctx.pick(["Placed in dorsal lithotomy in candy-cane stirrups.", "Dorsal lithotomy position.",
                              "Posición de litotomía." if es else "Lithotomy, prepped and draped."]))
        desc.append(FL.exam(ctx).split(". ", 2)[-1])
        desc.extend(_mod_brachy(ctx, m, es) for m in pre_mods)
        desc.append(ctx.pick([f"Os dilated; {a_desc} placed.", f"Applicator: {a_desc}.", f"Inserted {a_desc} without difficulty."]))
        desc.extend(contrast)
        if not any(r == "bladder" for r in plan.routes):
            desc.append(ctx.pick(["Foley placed, balloon with 7 mL sterile water.", "Foley to gravity.", "Foley catheter in place."]))
        desc.append(ctx.pick(["Packing placed anteriorly and posteriorly.", "Vaginal packing x2 rolls.", "Empacado vaginal." if es else "Rectal retractor used."]))
        out.append(("description", ctx.pick(["Description: ", "Procedure: ", "Details: ", ""]) + _join(desc)))
        img = [_mod_brachy(ctx, m, es) for m in post_mods] + [verif if verif.endswith(".") else verif + "."] + gen_traps
        out.append(("imaging", ctx.pick(["Imaging/verification: ", "Post-insertion: ", "Imaging: ", ""]) + _join(img)))
        if rat:
            out.append(("why", rat))
        out.append(("target", area_line + " " + ctx.pick([f"Rx {ctx.pick(['7 Gy', '6 Gy', '8 Gy', '5.5 Gy'])} to D90.", "Plan reviewed with physics; OAR D2cc acceptable.",
                                                         "EQD2 tally updated.", ""])))
        after = [ctx.pick(["Treatment delivered; applicator removed at bedside.", "Removal after treatment, minimal bleeding.",
                           "Se retiró el aplicador, sangrado mínimo." if es else "Applicator removed; packing out; Foley out."]), FL.tolerance(ctx)]
        out.append(("post", _join(after + plan_traps)))
        if st == "resident_attest":
            out.append(("attestation", ctx.pick(["Attending attestation: I was present for the entire insertion and imaging review and agree.",
                                                 f"ATTESTATION: present for the procedure; verified applicator on imaging with the fellow. - {ctx.att_short}",
                                                 "I performed the key portions of the insertion and reviewed the images. Agree with the note."])))
        else:
            out.append(("sig", FL.sig_att(ctx)))
    if copy_fx:
        prev = ctx.pick(["MRI after insertion; 4 interstitial needles; bladder contrast.", "T&O, CT after insertion, vaginal contrast packing.",
                         "Ring 30 mm, fluoro at bedside, US-guided dilation.", "Interstitial template 16 needles; MRI."])
        out.append(("copied", ctx.pick([f"[Fx {k - 1} note {ctx.date(-7)} copied for reference: {prev}]",
                                        f"Carried forward from fraction {k - 1}: {prev}",
                                        f"*Prior fraction ({k - 1}) text, not re-verified: {prev}*"])))
        box.record("fraction_copy_forward")
    end = box.take("end")
    if end:
        out.append(("copied_course", _join(end)))
    return out
