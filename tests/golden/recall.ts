// Text recall for the golden tests and benchmarks: the share of the words of the
// extracted article that the blocks still have. The counting lives in lib, where capture
// uses it too.
export {
  missingWords,
  wordCounts,
  wordCoverage as wordRecall,
} from '../../lib/capture/page/word-coverage';
