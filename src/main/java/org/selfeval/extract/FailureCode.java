package org.selfeval.extract;

/**
 * Why a file could not be read. The codes are part of the output contract; the messages are
 * what a submitter reads, so they say what is wrong and what to do.
 */
public enum FailureCode {
    ENCRYPTED("文件已加密或设置了打开密码，无法读取。请提交未加密的文件。"),
    CORRUPT("文件已损坏或不完整（可能上传中断），无法打开。请重新导出或重新上传原文件。"),
    EMPTY("文件为空（0字节）或没有任何内容。请检查后重新提交。"),
    UNSUPPORTED_TYPE("不支持的文件类型。请提交 Word（.docx/.doc）或 PDF 格式的报告。"),
    TOO_LARGE("文件超过处理上限（大小或页数）。请压缩图片或拆分后重新提交。"),
    TIMEOUT("文件处理超时，已停止。请检查文件是否异常，或联系管理员。"),
    NO_TEXT("文件没有可识别的文字（可能是扫描件），且本机未安装文字识别（OCR）。请提交可复制文字的电子版。"),
    IO("读取文件时发生错误。请重试或联系管理员。");

    private final String message;

    FailureCode(String message) {
        this.message = message;
    }

    /** The default plain-Chinese message for end users. */
    public String message() {
        return message;
    }
}
