import { defineMessages } from '../define';

/** The connection doctor: what each check found, and what fixes a problem. */
export const doctorMessages = defineMessages({
  en: {
    docCheck: 'Check',
    docCheckNamed: 'Check “{name}”',
    docChecking: 'Checking…',
    docResults: 'What the check found',
    docTokenOkPersonal: 'Notion accepts this personal access token.',
    docTokenOkIntegration: 'Notion accepts this integration secret.',
    docContentOk: 'It can read and search content.',
    docPeopleOk: 'It can list the workspace’s people, for Person properties.',
    docPeopleOff: 'It cannot list the workspace’s people, so Person properties stay empty.',
    docPeopleFix:
      'At notion.so/profile/integrations, open the integration → Capabilities and turn on “Read user information”.',
    docUploads: 'Notion takes uploads of up to {megabytes} MB in this workspace.',
    docTargetOk: '“{title}” can be reached.',
    docTargetMissing: '“{title}” can’t be reached.',
    docTargetFixPersonal:
      'You no longer have access to “{title}” in Notion, or it was deleted: ask its owner to share it with you again, or remove this target.',
    docTargetFixIntegration:
      'In Notion, open “{title}” → ••• → Connections → {integration}. If it was deleted, remove this target.',
  },
  ko: {
    docCheck: '점검',
    docCheckNamed: '“{name}” 점검',
    docChecking: '점검하는 중…',
    docResults: '점검 결과',
    docTokenOkPersonal: 'Notion이 이 개인 액세스 토큰을 받아들입니다.',
    docTokenOkIntegration: 'Notion이 이 통합 시크릿을 받아들입니다.',
    docContentOk: '콘텐츠를 읽고 검색할 수 있습니다.',
    docPeopleOk: '사람 속성에 쓸 워크스페이스 사용자 목록을 볼 수 있습니다.',
    docPeopleOff: '워크스페이스 사용자 목록을 볼 수 없어 사람 속성은 비어 있게 됩니다.',
    docPeopleFix:
      'notion.so/profile/integrations에서 통합 → 기능을 열고 “사용자 정보 읽기”를 켜세요.',
    docUploads: '이 워크스페이스에서는 {megabytes}MB까지 업로드할 수 있습니다.',
    docTargetOk: '“{title}”에 접근할 수 있습니다.',
    docTargetMissing: '“{title}”에 접근할 수 없습니다.',
    docTargetFixPersonal:
      'Notion에서 “{title}”에 대한 접근 권한을 잃었거나 삭제되었습니다. 소유자에게 다시 공유해 달라고 요청하거나 이 저장 위치를 삭제하세요.',
    docTargetFixIntegration:
      'Notion에서 “{title}”을 열고 ••• → 연결 → {integration}을 고르세요. 삭제되었다면 이 저장 위치를 삭제하세요.',
  },
});
