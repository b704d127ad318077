package org.selfeval.model;

/** The numbering families used in Chinese official documents, from outermost to innermost. */
public enum NumberingScheme {
    /** 一、 二、 */
    CHINESE,
    /** （一） (一) */
    CHINESE_PAREN,
    /** 1. 1、 1． */
    ARABIC,
    /** （1） (1) 1） */
    ARABIC_PAREN,
    /** 附件： and attachment titles, which sit outside the numbered outline. */
    ATTACHMENT,
    /** Recognised from style or layout only. */
    NONE
}
