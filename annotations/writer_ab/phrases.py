# ruff: noqa: E501, D103
"""Counted evidence phrasing.  ``[[...]]`` inside a template marks the span; the helper turns it into a token.

Registers: ``prose`` (attendings, residents, long notes), ``es`` (code-switched dictation), ``terse`` (therapists,
satellite), ``field`` (template values), ``rn`` (nursing).
"""

from __future__ import annotations

import re

from .context import Ctx
from .markup import F, M, N, R, S

_MARK = re.compile(r"\[\[(.+?)\]\]")


def _tok(template: str, maker, value: str) -> str:
    found = _MARK.findall(template)
    if len(found) != 1:
        raise ValueError(f"template needs exactly one [[span]]: {template}")
    return _MARK.sub(lambda m: maker(value, m.group(1).strip()), template)


def _fill(ctx: Ctx, template: str, **extra: str) -> str:
    values = {
        "tgt": ctx.tgt, "oar": ctx.oar, "oar2": ctx.oar2, "mm": str(ctx.mm), "imm": ctx.immob, "age": str(ctx.age),
        "he": ctx.he, "his": ctx.his, "him": ctx.him, "sr": ctx.sr, "side": ctx.side,
        "n": str(ctx.plan.n_areas or 2), "nw": ctx.num_en(ctx.plan.n_areas or 2), "nes": ctx.num_es(ctx.plan.n_areas or 2),
    }
    values.update(extra)
    return template.format(**values)


# ---------------------------------------------------------------- rationale
RAT: dict[str, dict[str, list[str]]] = {
    "OAR proximity": {
        "prose": [
            "Complex simulation is needed because [[the {tgt} sits about {mm} mm from the {oar}]], which has to be contoured and held below tolerance.",
            "The reason for a volumetric, complex simulation is that [[disease abuts the {oar} and {oar2}]].",
            "[[The {oar} runs directly alongside the {tgt}]], so the {oar} must be drawn on the planning dataset and spared.",
            "We need this level of simulation because [[the {tgt} is immediately adjacent to the {oar}]]; simple fields would overdose it.",
            "Medical necessity: [[{tgt} lies within {mm} mm of the {oar}]], and the dose gradient has to be shaped around it.",
            "Given that [[the {oar} is draped over the {tgt} on today's images]], a 3D dataset with contoured organs is required.",
            "I asked for a full CT-based simulation since [[there is essentially no margin between the {tgt} and the {oar}]].",
            "Rationale: [[tight relationship of the {tgt} to the {oar} ({mm} mm) and to the {oar2}]].",
            "What makes this complex is [[the {oar}, which is pressed up against the {tgt}]].",
        ],
        "es": [
            "Sim compleja porque [[el {tgt} está muy pegado al {oar} ({mm} mm)]].",
            "Razón: [[tumor muy cerca de {oar} y {oar2}]], hay que contornear y proteger.",
            "Se requiere simulación compleja, [[el {tgt} casi toca el {oar}]] - need to spare it.",
            "Indicación de sim compleja: [[{tgt} adyacente a {oar}]].",
        ],
        "terse": [
            "Reason cplx sim: [[{tgt} abuts {oar}]].",
            "MD reason: [[{oar} <{mm}mm from tgt]]",
            "why complex -> [[prox to {oar}/{oar2}]]",
            "Indication: [[OAR ({oar}) immediately adj to {tgt}]]",
            "cplx d/t [[{tgt} right up against {oar}]]",
        ],
        "field": [
            "[[{tgt} within {mm} mm of {oar}]]",
            "[[proximity of {tgt} to {oar} and {oar2}]]",
            "[[{oar} immediately adjacent to target]]",
            "[[Target abuts {oar}; must be spared]]",
        ],
    },
    "irregular target": {
        "prose": [
            "Complex simulation is required because [[the target is irregular and wraps around the {oar}]].",
            "[[The {tgt} is lobulated and extends in an irregular, horseshoe shape]], which cannot be covered with simple fields.",
            "This needs a full simulation: [[the {tgt} has an odd, irregular outline extending along the {oar}]].",
            "Reason: [[irregular target volume with extension toward the {oar}]].",
            "I requested complex simulation as [[the disease has a very irregular contour that simple blocking would not follow]].",
        ],
        "es": [
            "Sim compleja: [[blanco irregular, se extiende hacia el {oar}]].",
            "[[El {tgt} tiene forma muy irregular]] - no se puede con campos simples.",
        ],
        "terse": ["Reason: [[irregular tgt wrapping {oar}]]", "cplx d/t [[odd-shaped {tgt}]]",
                  "MD: [[irreg target, extends along {oar}]]"],
        "field": ["[[Irregular target extending along {oar}]]", "[[Irregular, lobulated {tgt}]]"],
    },
    "multiple targets": {
        "prose": [
            "Complex simulation is needed because [[there are {nw} separate targets, each needing its own contoured volume]].",
            "[[{nw_cap} separately contoured sites of painful disease must be set up without overlap]], hence complex simulation.",
            "Reason for complexity: [[multiple separate targets that have to be matched and kept apart]].",
            "We simulated everything today because [[the {nw} sites each need their own volume and junctions must be checked]].",
        ],
        "es": ["Sim compleja: [[{nes} sitios distintos, cada uno con su volumen]].",
               "[[Varios blancos separados ({n})]] - se simulan todos hoy."],
        "terse": ["Reason: [[{n} separate tgts]]", "cplx d/t [[multiple sites, separate vols]]",
                  "MD reason: [[{n} separate areas need own volumes]]"],
        "field": ["[[{nw_cap} separate target volumes]]", "[[Multiple separate targets]]"],
    },
    "contrast for delineation": {
        "prose": [
            "Complex simulation was required because [[contrast was needed to separate the {tgt} from the {oar}]].",
            "[[Without contrast the {tgt} cannot be told apart from the {oar}]], so contrast was used for delineation.",
            "The reason for complexity: [[the {oar} has to be opacified to keep it out of the high-dose volume]].",
            "[[Vessels and {oar} need contrast to be distinguished from the {tgt}]], per my request.",
        ],
        "es": ["Se requiere sim compleja: [[necesitamos contraste para distinguir el {tgt} del {oar}]].",
               "[[Contraste necesario para ver {oar} vs tumor]]."],
        "terse": ["Reason: [[contrast needed to define {tgt} vs {oar}]]", "MD reason: [[need contrast to see {oar}]]"],
        "field": ["[[Contrast required to delineate {tgt} from {oar}]]", "[[opacify {oar} for delineation]]"],
    },
    "fusion for delineation": {
        "prose": [
            "Complex simulation is needed because [[the {tgt} is not visible on CT and requires {fus} registration to delineate]].",
            "[[Target definition depends on the {fus}: the {tgt} is isodense on CT]].",
            "Reason: [[the {tgt} can only be outlined with {fus} fused to the planning scan]].",
            "I need the {fus} because [[the extent of the {tgt} is not apparent on non-contrast CT]].",
        ],
        "es": ["Sim compleja: [[se requiere fusión con {fus} para definir el {tgt}]].",
               "[[El {tgt} no se ve bien en la TAC]], se fusiona {fus}."],
        "terse": ["Reason: [[{fus} fusion needed for GTV]]", "cplx d/t [[tgt only seen on {fus}]]"],
        "field": ["[[{tgt} only visible on {fus}; fusion needed]]", "[[Fusion with {fus} required to define target]]"],
    },
    "prior field overlap": {
        "prose": [
            "Complex simulation is needed because [[the new volume overlaps the field treated at {fac} in {py}]], and cumulative {oar} dose has to be reconstructed.",
            "This is re-irradiation: [[the {tgt} sits inside the {py} field]], so the old plan is being matched.",
            "[[Prior radiation to this region ({py}, {fac}) overlaps the current target]]; that drives the complexity.",
        ],
        "es": ["Re-irradiación: [[el campo nuevo se traslapa con el de {py} ({fac})]]."],
        "terse": ["Reason: [[overlap w/ prior RT field ({py})]]", "cplx d/t [[re-irradiation, prior field {py}]]"],
        "field": ["[[Overlap with prior RT field ({py}, {fac})]]"],
    },
    "immobilization": {
        "prose": [
            "Complex simulation was needed because [[{he} cannot lie flat from pain and needed a custom {imm} to hold position]].",
            "[[Severe kyphosis and pain prevent standard positioning]], so custom immobilization was built.",
            "The reason: [[the patient cannot tolerate a standard set-up; custom {imm} required for reproducibility]].",
            "[[Because of tremor and claustrophobia, positioning required a custom {imm}]].",
        ],
        "es": ["Sim compleja: [[no tolera estar acostad{o_a} boca arriba, se hizo {imm} a la medida]].",
               "[[No puede acostarse derecha por el dolor]] - custom {imm}."],
        "terse": ["Reason: [[can't lie flat -> custom {imm}]]", "cplx d/t [[pain, needs custom {imm}]]"],
        "field": ["[[Unable to lie flat; custom {imm} required]]", "[[custom immobilization needed ({imm})]]"],
    },
    "anesthesia/immobilization": {
        "prose": [
            "Complex simulation is needed because [[at age {age} the child cannot hold still and requires general anesthesia with custom immobilization]].",
            "[[The patient is {age} years old and cannot cooperate without anesthesia]]; a custom mask was made under GA.",
            "Reason for complexity: [[age {age}, anesthesia and custom immobilization required for every session]].",
        ],
        "es": ["Sim compleja: [[niñ{o_a} de {age} años, necesita anestesia general para inmovilización]]."],
        "terse": ["Reason: [[age {age}, GA for immobilization]]", "cplx d/t [[peds, under GA, custom mask]]"],
        "field": ["[[Age {age}; general anesthesia and custom immobilization required]]"],
    },
    "applicator verification": {
        "prose": [
            "Imaging after insertion is required because [[applicator position relative to bladder, rectum and sigmoid must be verified before planning]].",
            "[[Tandem position has to be confirmed on imaging given the narrow, stenotic os]] (perforation risk).",
            "The reason for imaging each fraction: [[verification of applicator placement and of {oar} dose]].",
            "[[The {oar} sits close to the ring on exam, so applicator position has to be checked on 3D imaging]].",
        ],
        "es": ["Se necesita imagen post-inserción: [[verificar posición del aplicador respecto a vejiga y recto]].",
               "[[Hay que confirmar que el tándem no perforó]] - os estenótico."],
        "terse": ["Reason: [[verify applicator vs bladder/rectum/sigmoid]]", "MD reason: [[r/o perforation, confirm tandem]]"],
        "field": ["[[Applicator position must be verified relative to OARs]]", "[[Confirm tandem placement (stenotic os)]]"],
    },
    "custom shielding": {
        "prose": [
            "Complex simulation is needed because [[the lesion is {mm} mm from the {oar} and requires a custom cutout to protect it]].",
            "[[The irregular lesion outline requires a custom cutout so the {oar} is spared]].",
            "The reason: [[the {oar} is in the beam path unless custom shielding is made]].",
        ],
        "es": ["Sim compleja: [[lesión a {mm} mm del {oar}, necesita cutout a la medida]]."],
        "terse": ["Reason: [[lesion near {oar} -> custom cutout]]", "cplx d/t [[custom shielding for {oar}]]"],
        "field": ["[[Custom cutout needed to spare {oar}]]"],
    },
    "target motion": {
        "prose": [
            "Complex simulation is needed because [[the tumor moves about {mot} cm craniocaudally with breathing]], which has to be captured for the ITV.",
            "[[Respiratory excursion of the {tgt} ({mot} cm on the 4D phases)]] is the reason for a full motion-assessed simulation.",
        ],
        "es": ["[[El tumor se mueve {mot} cm con la respiración]]."],
        "terse": ["Reason: [[{mot} cm excursion w/ breathing]]"],
        "field": ["[[Tumor motion {mot} cm with respiration]]"],
    },
}


# Site-specific reasons phrased the way nobody templates them: (category, register group, template)
ODD: dict[str, list[tuple[str, str, str]]] = {
    "gyn_ebrt": [("OAR proximity", "prose", "Doing this as a full CT sim because [[her bowel loops are stuck down in the pelvis after two laparotomies]]."),
                 ("OAR proximity", "prose", "Note [[horseshoe kidney sitting right under where the PA field goes]] - needs to be drawn."),
                 ("OAR proximity", "terse", "why: [[bowel stuck in pelvis (prior surgeries)]]"),
                 ("OAR proximity", "es", "Ojo: [[asas de intestino pegadas en la pelvis por cirugías previas]].")],
    "head_neck": [("OAR proximity", "prose", "Bottom line, [[the nodal mass encases the carotid]], so we need every slice."),
                  ("prior field overlap", "prose", "[[He already got 60 Gy to this same neck in 2017 at Santa Lucía]] - this is a re-irradiation and the old fields matter."),
                  ("immobilization", "prose", "[[Edentulous with a deep overbite; the tongue will not stay down without a custom bite block]]."),
                  ("OAR proximity", "terse", "why cplx: [[cord right there]]"),
                  ("immobilization", "es", "[[Sin dientes, no puede sostener la lengua abajo sin bite block a la medida]].")],
    "breast": [("OAR proximity", "prose", "Heads up: [[her pacemaker generator sits in the upper chest, inside the supraclavicular field]]."),
               ("immobilization", "prose", "[[She cannot abduct the arm past 80 degrees since the stroke]], so the board had to be rebuilt for her."),
               ("immobilization", "terse", "why: [[arm won't go up (stroke), custom arm support]]")],
    "lung": [("OAR proximity", "prose", "[[Tumor touches the esophagus on three consecutive slices]] - that is the whole reason for this work-up."),
             ("target motion", "prose", "[[It moves almost 2 cm when she coughs or breathes deep]], so we looked at every phase."),
             ("OAR proximity", "terse", "why: [[tumor on the plexus]]")],
    "palliative": [("immobilization", "prose", "[[She can only tolerate lying on her left side]], so we built the set-up around that."),
                   ("prior field overlap", "prose", "[[This is the same segment that got 8 Gy in March]], so the old field was pulled up and matched."),
                   ("immobilization", "es", "[[Solo aguanta acostada de lado]], se armó el set-up así.")],
    "bone_mets": [("prior field overlap", "prose", "[[The T10 lesion was treated last year (20 Gy/5) and the new L-spine field butts up against it]]."),
                  ("multiple targets", "terse", "why: [[mets everywhere - separate isos]]")],
    "rectum": [("OAR proximity", "prose", "[[Small bowel dips down into the pelvis even on the belly board]]."),
               ("OAR proximity", "terse", "why: [[SB in the pelvis]]")],
    "pancreas": [("OAR proximity", "prose", "[[There is zero separation between the duodenum and the tumor]]."),
                 ("OAR proximity", "terse", "why: [[0 mm to duodenum]]")],
    "skin": [("OAR proximity", "prose", "[[The lesion runs right onto the lower lid margin]]."),
             ("custom shielding", "terse", "why: [[eye 3 mm away - needs shield + cutout]]")],
    "peds": [("anesthesia/immobilization", "prose", "[[He is {age} and will not stay still even holding his mother's hand]]."),
             ("anesthesia/immobilization", "es", "[[Tiene {age} años y no se queda quieto ni con la mamá]].")],
    "esophagus": [("OAR proximity", "prose", "[[The primary hugs the left atrium]] on the outside CT."),
                  ("OAR proximity", "terse", "why: [[tumor on the heart]]")],
    "lymphoma": [("OAR proximity", "prose", "[[The residual mass sits right on the heart and the coronaries]]."),
                 ("OAR proximity", "es", "[[Paciente joven, masa residual sobre el corazón]].")],
}


def _gender(template: str) -> str | None:
    if re.search(r"\b(she|her)\b", template, re.I):
        return "F"
    if re.search(r"\b(he|his|him)\b|quieto", template, re.I):
        return "M"
    return None


def rationale(ctx: Ctx, reg: str) -> str:
    """One sentence carrying the plan's rationale span."""
    cat = ctx.plan.rationale
    assert cat is not None
    table = RAT[cat]
    pool = table.get(reg) or table["prose"]
    if reg == "rn":
        pool = table["prose"]
    group = {"field": "terse"}.get(reg, reg if reg in ("prose", "es", "terse") else "prose")
    odd = [t for c, g, t in ODD.get(ctx.plan.site, []) if c == cat and g == group]
    odd = [t for t in odd if _gender(t) in (None, ctx.sex)]
    if odd and ctx.chance(0.45):
        return _tok(_fill(ctx, ctx.pick(odd)), R, cat)
    template = ctx.pick(pool)
    if cat == "custom shielding" and ctx.plan.site != "skin":
        template = template.replace("custom cutout", "custom Cerrobend blocks").replace("cutout a la medida", "bloques a la medida").replace("the lesion is", "the target is").replace("lesion near", "target near").replace("lesión a", "blanco a").replace("The irregular lesion outline", "The field outline")
    fus = {"MRI": "MRI", "PET": "PET/CT"}.get((ctx.plan.fused or ["MRI"])[0], "MRI")
    text = _fill(ctx, template, fus=fus, py=str(ctx.year - ctx.rng.randint(2, 9)), fac=ctx.outside_short,
                 mot=f"{ctx.rng.randint(8, 21) / 10:.1f}", o_a="a" if ctx.sex == "F" else "o",
                 nw_cap=ctx.num_en(ctx.plan.n_areas or 2).capitalize())
    return _tok(text, R, cat)


# ---------------------------------------------------------------- features
def contrast_surface(ctx: Ctx, route: str, reg: str) -> str:
    from .vocab import CONTRAST_ROUTES
    pool = CONTRAST_ROUTES[route]
    if reg in ("es",):
        pool = [p for p in pool if "contraste" in p] or pool
    elif reg in ("terse", "field", "rn"):
        pool = [p for p in pool if len(p) < 34] or pool
    return ctx.pick(pool)


APPLICATORS = ["tandem and ovoids", "tandem and ring", "T&O (Fletcher-style)", "tandem/ring with 4 interstitial needles",
               "hybrid ring + 3 needles", "Syed-type interstitial template (14 needles)", "tandem and cylinder"]

FEAT: dict[str, dict[str, list[str]]] = {
    "contrast": {
        "prose": ["[[{c}]] was given before the scan.", "The scan was acquired with [[{c}]].",
                  "[[{c}]] was administered without incident.", "We used [[{c}]] today.",
                  "Scanning was done after [[{c}]].", "[[{c}]] given; no reaction."],
        "es": ["Se administró [[{c}]] sin problema.", "[[{c}]] dado antes del scan.", "Con [[{c}]], bien tolerado."],
        "terse": ["[[{c}]] given", "+ [[{c}]]", "w/ [[{c}]]", "[[{c}]]: yes, given", "[[{c}]] - done"],
        "field": ["[[{c}]]", "Yes - [[{c}]]", "[[{c}]] administered"],
        "rn": ["[[{c}]] given per protocol at {t}.", "Pt received [[{c}]] at {t}, tolerated.",
               "[[{c}]] administered {t}; no itching, no SOB.", "{t}: [[{c}]] given as ordered by MD."],
    },
    "arc_rotational": {
        "prose": ["Technique: [[{a}]].", "The patient was simulated for [[{a}]].", "Isocenter was placed for [[{a}]] delivery.",
                  "Planning technique is [[{a}]], decided at simulation.", "Set-up is for [[{a}]]."],
        "es": ["Técnica: [[{a}]].", "Se simuló para [[{a}]]."],
        "terse": ["Tech: [[{a}]]", "[[{a}]]", "tx tech [[{a}]]", "plan tech: [[{a}]]"],
        "field": ["[[{a}]]", "[[{a}]] (rotational)"],
        "rn": ["Per MD, technique is [[{a}]]."],
    },
    "custom_shielding": {
        "prose": ["A [[{cs}]] was fabricated today.", "Mold room made a [[{cs}]] from the drawn outline.",
                  "We outlined the lesion and a [[{cs}]] was poured.", "Shielding: [[{cs}]]."],
        "es": ["Se hizo [[{cs}]] hoy.", "[[{cs}]] fabricado en mold room."],
        "terse": ["[[{cs}]] made", "mold rm: [[{cs}]]", "[[{cs}]] poured + QA'd"],
        "field": ["[[{cs}]]", "Yes - [[{cs}]]"],
        "rn": ["[[{cs}]] made by therapists."],
    },
    "complex_blocking": {
        "prose": ["Field shaping required [[complex blocking]] around the {oar}.", "[[Complex blocking]] was designed for the {oar}.",
                  "This field needs [[complex blocking]] (shielding the {oar} within the portal)."],
        "es": ["Se requiere [[bloqueo complejo]] del {oar}.", "[[Complex blocking]] para proteger {oar}."],
        "terse": ["[[complex blocking]] ({oar})", "[[cplx blocking]] drawn", "blocks: [[complex blocking]] of {oar}"],
        "field": ["[[Complex blocking]] ({oar})", "[[complex blocking]]"],
        "rn": ["[[Complex blocking]] per therapists."],
    },
    "brachytherapy": {
        "prose": ["[[Applicator position was verified]] on the post-insertion images.",
                  "[[Verification of the {ap}]] was done on the scan: tandem midline, no perforation.",
                  "On the images, [[the {ap} position was confirmed]] relative to the cervix.",
                  "[[Applicator verification]] completed by me and physics before planning."],
        "es": ["[[Se verificó la posición del aplicador]] en las imágenes.", "[[Verificación del aplicador]]: tándem en línea media."],
        "terse": ["[[applicator position verified]]", "[[appl verif]] OK", "[[T&R position verified]] on scan"],
        "field": ["[[Applicator position verified]]", "Yes - [[applicator verification]]"],
        "rn": ["[[Applicator position verified]] by MD on scan."],
    },
}

ARC = ["VMAT", "VMAT, 2 full arcs", "2 coplanar arcs (VMAT)", "volumetric modulated arc therapy", "arc therapy",
       "dynamic conformal arcs", "VMAT, 2 partial arcs", "VMAT x3 arcs", "arcos VMAT"]
SHIELD = {
    "skin": ["custom electron cutout", "custom lead cutout", "custom cutout", "custom Cerrobend cutout for 9 MeV"],
    "whole_brain": ["custom Cerrobend lens blocks", "custom Cerrobend block", "custom poured blocks"],
    "breast": ["custom electron cutout for the scar boost", "custom cutout (electron boost)"],
    "default": ["custom Cerrobend block", "custom shielding block", "custom poured block", "custom Cerrobend blocks"],
}


def feature(ctx: Ctx, feat: str, reg: str, route: str | None = None) -> str:
    table = FEAT[feat]
    pool = table.get(reg) or table["prose"]
    template = ctx.pick(pool)
    extra = {"t": ctx.time(), "ap": getattr(ctx, "applicator", None) or ctx.pick(APPLICATORS)}
    if feat == "contrast":
        extra["c"] = contrast_surface(ctx, route or ctx.plan.routes[0], reg)
    elif feat == "arc_rotational":
        extra["a"] = ctx.pick(ARC if reg == "es" else [a for a in ARC if a != "arcos VMAT"])
    elif feat == "custom_shielding":
        extra["cs"] = ctx.pick(SHIELD.get(ctx.plan.site, SHIELD["default"]))
    text = _fill(ctx, template, **extra)
    # the surface text is inside [[...]]; substitute before tokenising
    return _tok(text, F, feat)


# ---------------------------------------------------------------- modalities
MOD = {
    "CT": {
        "prose": ["[[CT simulation]] was performed", "a [[planning CT]] was obtained", "[[CT sim]] was done",
                  "we acquired a [[simulation CT]]", "the [[CT simulator]] scan was completed"],
        "es": ["se hizo la [[TAC de simulación]]", "[[CT sim]] realizada", "[[tomografía de simulación]] completada"],
        "terse": ["[[CT sim]] done", "[[CT]] acquired", "[[CT-sim]] completed", "scanned on [[CT sim]]"],
        "field": ["[[CT simulation]]", "[[CT]]", "[[CT sim]]"],
        "rn": ["[[CT sim]] completed", "[[CT simulation]] done", "scan ([[CT]]) completed"],
    },
    "CT4D": {
        "prose": ["a [[4DCT]] was acquired", "[[4D CT]] simulation was performed", "free-breathing and [[4DCT]] scans were obtained"],
        "es": ["se adquirió [[4DCT]]", "[[TAC 4D]] realizada"],
        "terse": ["[[4DCT]] acquired", "[[4D CT]] done", "[[4DCT]] x10 phases"],
        "field": ["[[4DCT]]", "[[4D CT]] (10 phases)"],
        "rn": ["[[4D CT]] done"],
    },
    "MRI": {
        "prose": ["[[MRI]] from {d} was fused to the planning CT", "[[MRI fusion]] was used for contouring",
                  "the diagnostic [[MRI]] was registered to the sim scan", "[[MR]] images were fused for the target"],
        "es": ["se fusionó la [[resonancia]] del {d}", "[[MRI fusion]] usada para contornear"],
        "terse": ["[[MRI]] {d} fused", "[[MRI fusion]]", "fused [[MR]] {d}"],
        "field": ["[[MRI]] ({d}) fused", "[[MRI fusion]]"],
        "rn": ["[[MRI]] fused per MD"],
    },
    "PET": {
        "prose": ["[[PET/CT]] from {d} was fused", "the staging [[PET]] was registered to the planning CT",
                  "[[PET fusion]] was used to define involved disease"],
        "es": ["se fusionó el [[PET/CT]] del {d}", "[[PET]] fusionado"],
        "terse": ["[[PET]] {d} fused", "[[PET/CT]] fusion", "fused [[PET]]"],
        "field": ["[[PET/CT]] ({d}) fused", "[[PET fusion]]"],
        "rn": ["[[PET]] fused per MD"],
    },
    "fluoroscopy": {
        "prose": ["[[fluoroscopy]] was used to set the fields", "fields were set under [[fluoroscopy]] on the conventional simulator",
                  "[[C-arm fluoroscopy]] confirmed position"],
        "es": ["se usó [[fluoroscopía]]", "[[fluoro]] en el simulador convencional"],
        "terse": ["[[fluoro]] used", "set under [[fluoro]]", "[[fluoroscopy]] on conv sim"],
        "field": ["[[Fluoroscopy]]", "[[fluoro]] (conventional sim)"],
        "rn": ["[[fluoro]] used"],
    },
    "ultrasound": {
        "prose": ["[[transabdominal ultrasound]] guided the tandem", "[[ultrasound]] guidance confirmed the tandem in the canal",
                  "[[US]] used to confirm tandem depth"],
        "es": ["[[ultrasonido]] transabdominal para guiar el tándem"],
        "terse": ["[[US]] guided tandem", "[[TA US]] used"],
        "field": ["[[Ultrasound]] (transabdominal)"],
        "rn": ["[[ultrasound]] at bedside by MD"],
    },
}


def modality(ctx: Ctx, mod: str, reg: str, four: bool = False) -> str:
    key = "CT4D" if (mod == "CT" and four) else mod
    table = MOD[key]
    template = ctx.pick(table.get(reg) or table["prose"])
    text = _fill(ctx, template, d=ctx.past_date(1))
    return _tok(text, M, mod)


def mod_noun(ctx: Ctx, mod: str, reg: str = "prose") -> str:
    """A bare noun-phrase token for a modality (for headers and inline use)."""
    nouns = {
        "CT": {"prose": ["CT simulation", "CT sim", "planning CT", "CT"], "es": ["TAC de simulación", "CT sim", "TAC"],
               "terse": ["CT sim", "CT", "CT-sim"]},
        "MRI": {"prose": ["MRI", "MRI fusion", "MR"], "es": ["resonancia", "RM", "MRI"], "terse": ["MRI", "MR"]},
        "PET": {"prose": ["PET/CT", "PET"], "es": ["PET/CT", "PET"], "terse": ["PET", "PET/CT"]},
        "fluoroscopy": {"prose": ["fluoroscopy", "fluoro"], "es": ["fluoroscopía", "fluoro"], "terse": ["fluoro"]},
        "ultrasound": {"prose": ["ultrasound", "US"], "es": ["ultrasonido", "US"], "terse": ["US", "TAUS"]},
    }
    if mod == "CT" and ctx.plan.fourdct and ctx.chance(0.6):
        return M("CT", ctx.pick(["4DCT", "4D CT", "4D-CT"]))
    table = nouns[mod]
    return M(mod, ctx.pick(table.get(reg) or table["prose"]))


# ---------------------------------------------------------------- areas
def site_token(ctx: Ctx, value: str, surfaces: list[str]) -> str:
    return S(ctx.fmt(value), ctx.fmt(ctx.pick(surfaces)))


def area_tokens(ctx: Ctx) -> list[str]:
    return [site_token(ctx, v, s) for v, s in (ctx.plan.area_option or [])]


def join_en(items: list[str], conj: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return ", ".join(items[:-1]) + f", {conj} " + items[-1]


def areas_statement(ctx: Ctx, reg: str) -> str:
    """The plan's areas as one statement (names, a stated count, or both)."""
    plan = ctx.plan
    assert plan.area_option is not None and plan.n_areas is not None
    toks = area_tokens(ctx)
    n = plan.n_areas
    bilateral = any(v.startswith("bilateral ") for v, _ in plan.area_option)
    form = ctx.rng.random()
    if n == 1:
        pool = {
            "prose": ["The treatment area is the {a}.", "One treatment area: {a}.", "Simulated a single area, the {a}.",
                      "Area simulated: {a}."],
            "es": ["Área de tratamiento: {a}.", "Una sola área: {a}.", "Se simula {a} (1 área)."],
            "terse": ["Site: {a}", "Area: {a}", "Tx area - {a}", "1 area: {a}"],
            "field": ["{a}", "{a} (single area)"],
            "rn": ["Sim area: {a}."],
        }
        template = ctx.pick(pool.get(reg) or pool["prose"])
        if "1 area" in template and ctx.chance(0.5):
            template = template.replace("1 area", N(1, "1 area"))
        elif "One treatment area" in template:
            template = template.replace("One treatment area", N(1, "One treatment area"))
        elif "Una sola área" in template:
            template = template.replace("Una sola área", N(1, "Una sola área"))
        return template.replace("{a}", toks[0])
    names = join_en(toks, "y" if reg == "es" else "and")
    word = ctx.num_es(n) if reg == "es" else ctx.num_en(n)
    if form < 0.35 and not bilateral:
        pool = {
            "prose": ["Treatment areas: {names}.", "Areas simulated today were the {names}.", "We simulated the {names}."],
            "es": ["Áreas: {names}.", "Se simularon {names}."],
            "terse": ["Sites: {names}", "areas -> {names}"],
            "field": ["{names}"],
            "rn": ["Areas: {names}."],
        }
        return ctx.pick(pool.get(reg) or pool["prose"]).replace("{names}", names)
    iso_ok = plan.site in ("bone_mets", "srs", "lymphoma", "palliative", "skin", "breast", "gyn_ebrt")
    if form < 0.55 and reg in ("terse", "field", "prose") and iso_ok:
        isos = [f"Iso {i + 1}: {t}" for i, t in enumerate(toks)]
        if bilateral:
            return ctx.pick([f"{N(n, f'{n} areas')} - " + "; ".join(isos), f"{N(n, f'{word} treatment areas')}: " + "; ".join(isos)])
        return "; ".join(isos) + "."
    count_surfaces = {
        "prose": [f"{word} treatment areas", f"{word} separate treatment areas", f"{word} areas", f"{n} treatment areas"],
        "es": [f"{word} áreas", f"{word} áreas de tratamiento", f"{n} áreas"],
        "terse": [f"{n} areas", f"areas x{n}", f"{n} tx areas", f"#areas {n}"],
        "field": [f"{n}", f"{n} areas", f"{word}"],
        "rn": [f"{n} areas"],
    }
    cnt = N(n, ctx.pick(count_surfaces.get(reg) or count_surfaces["prose"]))
    pool = {
        "prose": ["There are {cnt}: {names}.", "We simulated {cnt} ({names}).", "{cnt_cap}: {names}."],
        "es": ["Son {cnt}: {names}.", "Se simularon {cnt} ({names})."],
        "terse": ["{cnt}: {names}", "{cnt} ({names})"],
        "field": ["{cnt} - {names}", "{cnt} ({names})"],
        "rn": ["{cnt}: {names}."],
    }
    template = ctx.pick(pool.get(reg) or pool["prose"])
    if "{cnt_cap}" in template:
        cnt_cap = cnt.replace(f"|{word}", f"|{word.capitalize()}", 1) if f"|{word}" in cnt else cnt
        return template.replace("{cnt_cap}", cnt_cap).replace("{names}", names)
    return template.replace("{cnt}", cnt).replace("{names}", names)


def count_only(ctx: Ctx, reg: str) -> str:
    """A stated count with no names (only used when names appear nowhere else as areas)."""
    n = ctx.plan.n_areas
    assert n is not None
    word = ctx.num_es(n) if reg == "es" else ctx.num_en(n)
    surf = ctx.pick({"es": [f"{word} áreas"], "terse": [f"{n} areas", f"areas x{n}"]}.get(reg, [f"{word} treatment areas", f"{n} separate areas"]))
    return N(n, surf)
