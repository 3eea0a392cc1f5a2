from django.urls import path

from kokugai.web.console import (
    apikeys,
    family,
    office,
    performance,
    prereg,
    production,
    search,
    signin,
    views,
)
from kokugai.web.errors import handle_application_errors

app_name = "console"
urlpatterns = [
    path("", views.home, name="home"),
    path("login/", signin.login, name="login"),
    path("login/verify/", signin.verify, name="login_verify"),
    path("login/enrol/", signin.enrol, name="login_enrol"),
    path("login/passkey/options/", signin.passkey_signin_options, name="passkey_signin_options"),
    path("login/passkey/", signin.passkey_signin, name="passkey_signin"),
    path("logout/", signin.logout, name="logout"),
    path("account/", signin.account, name="account"),
    path("account/recovery-codes/", signin.recovery_codes, name="recovery_codes"),
    path("account/password/", signin.password_change, name="password_change"),
    path(
        "account/passkeys/options/",
        signin.passkey_register_options,
        name="passkey_register_options",
    ),
    path("account/passkeys/", signin.passkey_register, name="passkey_register"),
    path("password/reset/<str:uidb64>/<str:token>/", signin.password_reset, name="password_reset"),
    path("queues/<slug:queue>/", views.queue, name="queue"),
    path("cases/<int:case_id>/", views.case_detail, name="case"),
    path(
        "cases/<int:case_id>/checklist/<slug:code>/",
        views.case_checklist,
        name="case_checklist",
    ),
    path("cases/<int:case_id>/checklist/", views.case_checklist_all, name="case_checklist_all"),
    path("cases/<int:case_id>/review/", views.case_open_review, name="case_open_review"),
    path("cases/<int:case_id>/notes/", views.case_note, name="case_note"),
    path(
        "cases/<int:case_id>/mynumber/",
        views.case_reveal_mynumber,
        name="case_reveal_mynumber",
    ),
    path(
        "cases/<int:case_id>/identity/",
        views.case_reveal_identity,
        name="case_reveal_identity",
    ),
    path("cases/<int:case_id>/actions/<slug:name>/", views.case_action, name="case_action"),
    path("intake/", views.intake, name="intake"),
    path("prereg/", handle_application_errors(prereg.prereg_load), name="prereg_load"),
    path("family/", handle_application_errors(family.family_open), name="family_open"),
    path(
        "households/<int:household_id>/",
        handle_application_errors(family.household_detail),
        name="household",
    ),
    path(
        "households/<int:household_id>/book/",
        handle_application_errors(family.household_book),
        name="household_book",
    ),
    path(
        "households/<int:household_id>/check/<slug:code>/",
        handle_application_errors(family.household_check),
        name="household_check",
    ),
    path("offices/search/", views.offices_search, name="offices_search"),
    path("search/", search.search, name="search"),
    path("performance/", performance.performance, name="performance"),
    path("production/", production.production, name="production"),
    path("production/batch/", production.production_batch, name="production_batch"),
    path("api-keys/", apikeys.api_keys, name="api_keys"),
    path("api-keys/<int:key_id>/revoke/", apikeys.api_key_revoke, name="api_key_revoke"),
    path("office/", handle_application_errors(office.office_details), name="office"),
]
