"""Ordered list of styles (16 x 25 documents)."""
import importlib

from .gen import Gen

STYLE_MODULES = [
    ("voicemail", "s_voicemail"),
    ("email_thread", "s_email"),
    ("portal_message", "s_portal"),
    ("ocr_referral", "s_ocr_referral"),
    ("case_management", "s_case_mgmt"),
    ("home_health", "s_home_health"),
    ("lab_requisition", "s_lab_req"),
    ("prior_auth_appeal", "s_prior_auth"),
    ("incident_report", "s_incident"),
    ("research_crf", "s_research"),
    ("forensic_eval", "s_forensic"),
    ("sbar_handoff", "s_sbar"),
    ("telehealth_chat", "s_telehealth"),
    ("radiology_report", "s_radiology"),
    ("pharmacy_call", "s_pharmacy"),
    ("death_records", "s_death"),
]

STYLES = [(_style, importlib.import_module("." + _mod, __package__)) for _style, _mod in STYLE_MODULES]
assert len(STYLES) == 16
for _style, _m in STYLES:
    assert _m.N_LAYOUTS >= 4, _style


def make_gen(rng, region):
    return Gen(rng, region)
