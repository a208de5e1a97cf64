import { defineMessages } from '../define';

/**
 * Loss-report phrases, one per `LossKind` (`lib/convert/types.ts`), joined into one
 * sentence by `describeLoss` (`lib/convert/describe-loss.ts`). Each counts with `{count}`.
 */
export const convertMessages = defineMessages({
  en: {
    lossNone: 'Everything was kept.',
    lossSeparator: ', ',
    lossEnd: '.',
    loss_heading_downgraded: {
      one: '1 small heading shown as bold text',
      other: '{count} small headings shown as bold text',
    },
    loss_table_span_flattened: { one: '1 table flattened', other: '{count} tables flattened' },
    loss_table_split: {
      one: '1 long table split in parts',
      other: '{count} long tables split in parts',
    },
    loss_table_columns_dropped: {
      one: '1 table cut to 100 columns',
      other: '{count} tables cut to 100 columns',
    },
    loss_table_cell_flattened: {
      one: '1 table cell flattened to text',
      other: '{count} table cells flattened to text',
    },
    loss_svg_dropped: { one: '1 inline SVG dropped', other: '{count} inline SVGs dropped' },
    loss_canvas_dropped: {
      one: '1 canvas drawing dropped',
      other: '{count} canvas drawings dropped',
    },
    loss_embed_dropped: { one: '1 plugin object dropped', other: '{count} plugin objects dropped' },
    loss_form_control_dropped: {
      one: '1 form control dropped',
      other: '{count} form controls dropped',
    },
    loss_frame_dropped: {
      one: '1 frame without an address dropped',
      other: '{count} frames without an address dropped',
    },
    loss_image_not_loaded: {
      one: '1 image the page had not loaded yet (scroll to it, then save again)',
      other: '{count} images the page had not loaded yet (scroll to them, then save again)',
    },
    loss_more_not_loaded: {
      one: '1 “Read more” part not opened (open it on the page, then save again)',
      other: '{count} “Read more” parts not opened (open them on the page, then save again)',
    },
    loss_pdf_linked: {
      one: 'The PDF is saved as its link, not as a copy: allow access to websites (Options → Copy images into Notion) to copy the file',
      other:
        '{count} PDFs saved as links, not as copies: allow access to websites (Options → Copy images into Notion) to copy the files',
    },
    loss_image_data_url: {
      one: '1 embedded image not uploaded',
      other: '{count} embedded images not uploaded',
    },
    loss_image_unsupported: {
      one: '1 image without a usable address dropped',
      other: '{count} images without a usable address dropped',
    },
    loss_image_url_too_long: {
      one: '1 image with an over-long address dropped',
      other: '{count} images with over-long addresses dropped',
    },
    loss_media_unsupported: {
      one: '1 video or audio without a usable address dropped',
      other: '{count} videos or audios without a usable address dropped',
    },
    loss_link_unsupported: {
      one: '1 link kept as plain text',
      other: '{count} links kept as plain text',
    },
    loss_link_too_long: {
      one: '1 over-long link kept as plain text',
      other: '{count} over-long links kept as plain text',
    },
    loss_equation_too_long: {
      one: '1 long equation kept as LaTeX code',
      other: '{count} long equations kept as LaTeX code',
    },
    loss_text_truncated: {
      one: '1 caption or cell shortened',
      other: '{count} captions or cells shortened',
    },
    loss_other: { one: '1 other change', other: '{count} other changes' },
  },
  ko: {
    lossNone: '모든 내용을 그대로 저장했습니다.',
    lossSeparator: ', ',
    lossEnd: '.',
    loss_heading_downgraded: {
      one: '작은 제목 1개를 굵은 글씨로 표시',
      other: '작은 제목 {count}개를 굵은 글씨로 표시',
    },
    loss_table_span_flattened: { one: '표 1개 평탄화', other: '표 {count}개 평탄화' },
    loss_table_split: {
      one: '긴 표 1개를 여러 개로 나눔',
      other: '긴 표 {count}개를 여러 개로 나눔',
    },
    loss_table_columns_dropped: {
      one: '표 1개를 100열로 자름',
      other: '표 {count}개를 100열로 자름',
    },
    loss_table_cell_flattened: {
      one: '표 칸 1개를 텍스트로 평탄화',
      other: '표 칸 {count}개를 텍스트로 평탄화',
    },
    loss_svg_dropped: { one: '인라인 SVG 1개 제외', other: '인라인 SVG {count}개 제외' },
    loss_canvas_dropped: { one: '캔버스 그림 1개 제외', other: '캔버스 그림 {count}개 제외' },
    loss_embed_dropped: { one: '플러그인 개체 1개 제외', other: '플러그인 개체 {count}개 제외' },
    loss_form_control_dropped: {
      one: '입력 양식 요소 1개 제외',
      other: '입력 양식 요소 {count}개 제외',
    },
    loss_frame_dropped: {
      one: '주소 없는 프레임 1개 제외',
      other: '주소 없는 프레임 {count}개 제외',
    },
    loss_image_not_loaded: {
      one: '페이지가 아직 불러오지 않은 이미지 1개 (스크롤해서 보이게 한 뒤 다시 저장하세요)',
      other:
        '페이지가 아직 불러오지 않은 이미지 {count}개 (스크롤해서 보이게 한 뒤 다시 저장하세요)',
    },
    loss_more_not_loaded: {
      one: '펼치지 않은 ‘더 보기’ 부분 1개 (페이지에서 펼친 뒤 다시 저장하세요)',
      other: '펼치지 않은 ‘더 보기’ 부분 {count}개 (페이지에서 펼친 뒤 다시 저장하세요)',
    },
    loss_pdf_linked: {
      one: 'PDF를 파일이 아닌 링크로 저장했습니다. 파일을 복사하려면 웹사이트 접근을 허용하세요 (옵션 → 이미지를 Notion에 복사)',
      other:
        'PDF {count}개를 파일이 아닌 링크로 저장했습니다. 파일을 복사하려면 웹사이트 접근을 허용하세요 (옵션 → 이미지를 Notion에 복사)',
    },
    loss_image_data_url: {
      one: '페이지에 내장된 이미지 1개 업로드 안 됨',
      other: '페이지에 내장된 이미지 {count}개 업로드 안 됨',
    },
    loss_image_unsupported: {
      one: '쓸 수 있는 주소가 없는 이미지 1개 제외',
      other: '쓸 수 있는 주소가 없는 이미지 {count}개 제외',
    },
    loss_image_url_too_long: {
      one: '주소가 너무 긴 이미지 1개 제외',
      other: '주소가 너무 긴 이미지 {count}개 제외',
    },
    loss_media_unsupported: {
      one: '쓸 수 있는 주소가 없는 동영상·오디오 1개 제외',
      other: '쓸 수 있는 주소가 없는 동영상·오디오 {count}개 제외',
    },
    loss_link_unsupported: {
      one: '링크 1개를 일반 텍스트로 저장',
      other: '링크 {count}개를 일반 텍스트로 저장',
    },
    loss_link_too_long: {
      one: '너무 긴 링크 1개를 일반 텍스트로 저장',
      other: '너무 긴 링크 {count}개를 일반 텍스트로 저장',
    },
    loss_equation_too_long: {
      one: '긴 수식 1개를 LaTeX 코드로 저장',
      other: '긴 수식 {count}개를 LaTeX 코드로 저장',
    },
    loss_text_truncated: {
      one: '캡션 또는 표 칸 1개를 줄임',
      other: '캡션 또는 표 칸 {count}개를 줄임',
    },
    loss_other: { one: '기타 변경 1건', other: '기타 변경 {count}건' },
  },
});
