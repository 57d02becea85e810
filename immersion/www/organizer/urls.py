from django.urls import path

from immersion.www.organizer import (
    audit,
    evaluations,
    inverse,
    journeys_urls,
    offers,
    participant_bulk,
    participants,
    personal_data,
    placements_urls,
    programme,
    seminars,
    sites,
)

app_name = "organizer"

S = "seminaires/<int:seminar_pk>/"

urlpatterns = [
    path("seminaires/", seminars.SeminarListView.as_view(), name="seminar_list"),
    path("seminaires/nouveau/", seminars.SeminarCreateView.as_view(), name="seminar_create"),
    path(
        "seminaires/<int:seminar_pk>/", seminars.SeminarDetailView.as_view(), name="seminar_detail"
    ),
    path(S + "modifier/", seminars.SeminarUpdateView.as_view(), name="seminar_edit"),
    path(
        S + "statut/<str:transition>/",
        seminars.SeminarTransitionView.as_view(),
        name="seminar_transition",
    ),
    path(S + "programme/ajouter/", programme.ItemCreateView.as_view(), name="programme_add"),
    path(
        S + "programme/<int:pk>/modifier/",
        programme.ItemUpdateView.as_view(),
        name="programme_edit",
    ),
    path(
        S + "programme/<int:pk>/supprimer/",
        programme.ItemDeleteView.as_view(),
        name="programme_delete",
    ),
    path(S + "offres/", offers.OfferListView.as_view(), name="offer_list"),
    path(S + "offres/ajouter/", offers.OfferCreateView.as_view(), name="offer_add"),
    path(S + "offres/importer/", offers.OfferImportView.as_view(), name="offer_import"),
    path(S + "offres/modele.xlsx", offers.OfferTemplateView.as_view(), name="offer_template"),
    path(S + "offres/<int:pk>/modifier/", offers.OfferUpdateView.as_view(), name="offer_edit"),
    path(S + "offres/<int:pk>/supprimer/", offers.OfferDeleteView.as_view(), name="offer_delete"),
    path(S + "participants/", participants.ParticipantListView.as_view(), name="participant_list"),
    path(
        S + "participants/ajouter/",
        participants.ParticipantCreateView.as_view(),
        name="participant_add",
    ),
    path(
        S + "participants/importer/",
        participants.ParticipantImportView.as_view(),
        name="participant_import",
    ),
    path(
        S + "participants/importer/confirmer/",
        participants.ParticipantImportConfirmView.as_view(),
        name="participant_import_confirm",
    ),
    path(
        S + "participants/modele.xlsx",
        participants.ParticipantTemplateView.as_view(),
        name="participant_template",
    ),
    path(
        S + "participants/export.<str:fmt>",
        participants.ParticipantExportView.as_view(),
        name="participant_export",
    ),
    path(
        S + "participants/<int:pk>/modifier/",
        participants.ParticipantUpdateView.as_view(),
        name="participant_edit",
    ),
    path(
        S + "participants/<int:pk>/desister/",
        participants.ParticipantWithdrawView.as_view(),
        name="participant_withdraw",
    ),
    path(
        S + "participants/<int:pk>/reinscrire/",
        participants.ParticipantReinstateView.as_view(),
        name="participant_reinstate",
    ),
    # After the seminar: evaluations and commitments
    path(
        S + "evaluations/", evaluations.EvaluationResultsView.as_view(), name="evaluation_results"
    ),
    path(
        S + "evaluations/export.<str:fmt>",
        evaluations.EvaluationExportView.as_view(),
        name="evaluation_export",
    ),
    path("structures/", sites.SiteListView.as_view(), name="site_list"),
    path("structures/nouvelle/", sites.SiteCreateView.as_view(), name="site_create"),
    path("structures/importer/", sites.SiteImportView.as_view(), name="site_import"),
    path("structures/export.<str:fmt>", sites.SiteExportView.as_view(), name="site_export"),
    path("structures/<int:pk>/", sites.SiteDetailView.as_view(), name="site_detail"),
    path("structures/<int:pk>/modifier/", sites.SiteUpdateView.as_view(), name="site_edit"),
    path("structures/<int:pk>/tuteurs/ajouter/", sites.TutorCreateView.as_view(), name="tutor_add"),
    path(
        "structures/<int:site_pk>/tuteurs/<int:pk>/modifier/",
        sites.TutorUpdateView.as_view(),
        name="tutor_edit",
    ),
    path(
        "structures/<int:site_pk>/tuteurs/<int:pk>/supprimer/",
        sites.TutorDeleteView.as_view(),
        name="tutor_delete",
    ),
    # Invitations (sign-in links by e-mail)
    path(
        S + "participants/inviter/",
        participants.ParticipantInviteAllView.as_view(),
        name="participant_invite_all",
    ),
    path(
        S + "participants/invitations/<int:batch_pk>/",
        participants.InvitationBatchView.as_view(),
        name="participant_invite_batch",
    ),
    path(
        S + "participants/invitations/<int:batch_pk>/etat/",
        participants.InvitationBatchView.as_view(fragment=True),
        name="participant_invite_batch_status",
    ),
    path(
        S + "participants/relancer/",
        participants.ParticipantRemindSelectionView.as_view(),
        name="participant_remind_selection",
    ),
    path(
        S + "participants/relances/<int:batch_pk>/",
        participants.ReminderBatchView.as_view(),
        name="participant_remind_batch",
    ),
    path(
        S + "participants/relances/<int:batch_pk>/etat/",
        participants.ReminderBatchView.as_view(fragment=True),
        name="participant_remind_batch_status",
    ),
    # Bulk actions on the participant list's selection (its query string)
    path(
        S + "participants/selection/inviter/",
        participant_bulk.InviteSelectionView.as_view(),
        name="participant_invite_selection",
    ),
    path(
        S + "participants/selection/desister/",
        participant_bulk.WithdrawSelectionView.as_view(),
        name="participant_withdraw_selection",
    ),
    path(
        S + "participants/desistements/<int:batch_pk>/",
        participant_bulk.WithdrawalBatchView.as_view(),
        name="participant_withdraw_batch",
    ),
    path(
        S + "participants/desistements/<int:batch_pk>/etat/",
        participant_bulk.WithdrawalBatchView.as_view(fragment=True),
        name="participant_withdraw_batch_status",
    ),
    path(
        S + "participants/selection/imprimer/",
        participant_bulk.PrintSelectionView.as_view(),
        name="participant_print_selection",
    ),
    path(
        S + "participants/impressions/<int:batch_pk>/",
        participant_bulk.PrintBatchView.as_view(),
        name="participant_print_batch",
    ),
    path(
        S + "participants/impressions/<int:batch_pk>/etat/",
        participant_bulk.PrintBatchView.as_view(fragment=True),
        name="participant_print_batch_status",
    ),
    path(
        S + "participants/impressions/<int:batch_pk>/feuille.pdf",
        participant_bulk.PrintDownloadView.as_view(),
        name="participant_print_batch_download",
    ),
    path(
        S + "participants/<int:pk>/inviter/",
        participants.ParticipantInviteView.as_view(),
        name="participant_invite",
    ),
    path(
        "structures/<int:pk>/referent/",
        sites.CoordinatorInviteView.as_view(),
        name="site_coordinator_invite",
    ),
    path(
        "structures/<int:site_pk>/tuteurs/<int:pk>/inviter/",
        sites.TutorInviteView.as_view(),
        name="tutor_invite",
    ),
]

urlpatterns += placements_urls.urlpatterns
urlpatterns += journeys_urls.urlpatterns
# The reverse immersion's overview.
urlpatterns += [
    path(S + "immersion-inversee/", inverse.OverviewView.as_view(), name="reverse_immersion"),
]
# Personal data: the audit log (organizers: their seminars; admins: all), and the access and
# erasure of one person's data (admins only).
urlpatterns += [
    path("journal/", audit.AuditLogView.as_view(), name="audit_log"),
    path(
        "donnees-personnelles/",
        personal_data.PersonalDataView.as_view(),
        name="personal_data",
    ),
    path(
        "donnees-personnelles/export.<str:fmt>",
        personal_data.PersonalDataExportView.as_view(),
        name="personal_data_export",
    ),
    path(
        "donnees-personnelles/effacer/",
        personal_data.PersonalDataEraseView.as_view(),
        name="personal_data_erase",
    ),
]
